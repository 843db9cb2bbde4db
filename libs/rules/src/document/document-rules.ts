import { SECTIONS, type Finding, type SectionKey } from '@nianbao/report';
import type { CellReader } from '../engine/cell-reader';
import { fmt, makeFinding } from '../engine/finding';

export const FIRST_REPORT_YEAR = 2008;

/**
 * DOC.sections. A section counts as present when the document's outline shows its heading, or when
 * the report holds its content (a parser may miss a mangled heading whose prose or table it still
 * read). A structured submission has no outline: only its tables can be checked.
 */
export function checkSections(cells: CellReader): Finding[] {
  const report = cells.report;
  if (report.formatVersion === 'pre2019') return [];
  const hasContent: Record<SectionKey, boolean> = {
    overview: !!report.sections.overview?.trim(),
    active: cells.hasGroup('active') || cells.hasGroup('active2019'),
    applications: cells.hasGroup('applications'),
    disputes: cells.hasGroup('disputes'),
    problems: !!report.sections.problems?.trim(),
    other: !!report.sections.other?.trim(),
  };
  const outline = report.outline;
  const considered = outline ? SECTIONS : SECTIONS.filter((s) => s.key === 'active' || s.key === 'applications' || s.key === 'disputes');
  const missing = considered.filter((s) => !(outline?.[s.key] === true || hasContent[s.key]));
  if (missing.length === 0) return [];
  const names = missing.map((s) => `${s.numeral}、${s.label}`);
  return [
    makeFinding({
      rule: 'DOC.sections',
      outcome: 'fail',
      cells: missing.map((s) => `sections.${s.key}`),
      expected: considered.length,
      actual: considered.length - missing.length,
      message: `报告缺少：${names.join('；')}`,
      messageEn: `The report lacks: ${missing.map((s) => s.key).join(', ')}`,
    }),
  ];
}

/** DOC.year: stated, and from 2008 (the first year of the 条例) to the current year. */
export function checkYear(cells: CellReader, currentYear: number): Finding[] {
  const year: unknown = cells.report.year;
  if (typeof year !== 'number') {
    return [
      makeFinding({
        rule: 'DOC.year',
        outcome: 'fail',
        cells: ['year'],
        expected: `${FIRST_REPORT_YEAR}–${currentYear}`,
        actual: year === null || year === undefined ? null : String(year),
        message: '报告未注明报告年度',
        messageEn: 'The report year is not stated',
      }),
    ];
  }
  if (Number.isInteger(year) && year >= FIRST_REPORT_YEAR && year <= currentYear) return [];
  return [
    makeFinding({
      rule: 'DOC.year',
      outcome: 'fail',
      cells: ['year'],
      expected: `${FIRST_REPORT_YEAR}–${currentYear}`,
      actual: year,
      message: `报告年度 ${fmt(year)} 不在 ${FIRST_REPORT_YEAR} 年至 ${currentYear} 年之间`,
      messageEn: `Report year ${fmt(year)} is outside ${FIRST_REPORT_YEAR}–${currentYear}`,
    }),
  ];
}

/** Ten thousand million yuan (100 亿元) of fees in one year is beyond any single agency. */
export const FEES_IMPLAUSIBLE_WAN = 1_000_000;

/** T2.feesUnit: the cell says 元 (not 万元), or the amount is implausible in 万元. */
export function checkFeesUnit(cells: CellReader, rawOf: (key: string) => string | undefined): Finding[] {
  if (cells.report.formatVersion !== '2021') return [];
  const key = 'active.fees';
  const op = cells.read(key);
  const raw = rawOf(key);
  const saysYuan = raw !== undefined && /元/.test(raw) && !/万元/.test(raw);
  const implausible = op.state === 'number' && op.value >= FEES_IMPLAUSIBLE_WAN;
  if (!saysYuan && !implausible) return [];
  const why = saysYuan ? `单元格写作“${raw}”，单位为元` : `${fmt(op.value)} 万元即 ${fmt(op.value / 10000)} 亿元，不合常理`;
  const whyEn = saysYuan ? `the cell reads "${raw}", in yuan` : `${fmt(op.value)} × 10,000 yuan is implausible`;
  return [
    makeFinding({
      rule: 'T2.feesUnit',
      outcome: 'fail',
      cells: [key],
      expected: '万元',
      actual: op.state === 'number' ? op.value : (raw ?? null),
      message: `表二 行政事业性收费 本年收费金额（单位：万元）疑似按元填报：${why}`,
      messageEn: `Table 2 fee amount (unit 10,000 yuan) looks like yuan: ${whyEn}`,
    }),
  ];
}

const MIN_PROBLEMS_CHARS = 10;

/** DOC.problemsSection: section 五 is empty, "无", or a sentence of under 10 characters. */
export function checkProblemsSection(cells: CellReader): Finding[] {
  if (cells.report.formatVersion === 'pre2019') return [];
  const text = cells.report.sections.problems ?? '';
  const content = text.replace(/[\s\p{P}\p{S}]/gu, '');
  if (content.length >= MIN_PROBLEMS_CHARS && content !== '无') return [];
  return [
    makeFinding({
      rule: 'DOC.problemsSection',
      outcome: 'fail',
      cells: ['sections.problems'],
      expected: `≥ ${MIN_PROBLEMS_CHARS} 字`,
      actual: content.length,
      message: content.length === 0 ? '五、存在的主要问题及改进情况：内容为空' : `五、存在的主要问题及改进情况：内容仅为“${text.trim()}”`,
      messageEn: content.length === 0 ? 'Section 5 (problems and improvements) is empty' : `Section 5 (problems and improvements) only says "${text.trim()}"`,
    }),
  ];
}
