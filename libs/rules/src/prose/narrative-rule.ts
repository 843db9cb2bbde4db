import { ACTIVE_2021, APPLICANT_PARTS, DISPUTE_OUTCOMES, applicationRows, rowLabel, type Finding, type FormatVersion, type ProseSectionKey } from '@nianbao/report';
import type { CellReader } from '../engine/cell-reader';
import { fmt, makeFinding } from '../engine/finding';
import type { ApplicationTopic, ColumnTopic, DisputeOutcomeTopic, DisputeTopic, ReasonTopic, Statement } from './stated-figures';

export const SECTION_TITLES: Record<ProseSectionKey, string> = {
  overview: '一、总体情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};

const TOPIC_LABELS: Record<Exclude<ApplicationTopic, ReasonTopic>, string> = {
  newReceived: '本年新收',
  carriedOver: '上年结转',
  totalProcessed: '办理结果总计',
  handled: '办理结果总计',
  carriedForward: '结转下年度',
  granted: '予以公开',
  partiallyGranted: '部分公开',
  grantedOrPartial: '予以公开及部分公开',
  withheld: '不予公开',
  unavailable: '无法提供',
  notProcessed: '不予处理',
  otherHandling: '其他处理',
};
const COLUMN_LABELS: Record<ColumnTopic, string> = {
  total: '总计',
  naturalPerson: '自然人',
  org: '法人或其他组织',
  commercial: '商业企业',
  research: '科研机构',
  socialWelfare: '社会公益组织',
  legalService: '法律服务机构',
};
const DISPUTE_LABELS: Record<DisputeTopic, string> = { review: '行政复议', litigation: '行政诉讼', all: '行政复议和行政诉讼' };
const DISPUTE_GROUPS: Record<DisputeTopic, string[]> = {
  review: ['review'],
  litigation: ['litigationDirect', 'litigationAfterReview'],
  all: ['review', 'litigationDirect', 'litigationAfterReview'],
};

const topicLabel = (topic: ApplicationTopic): string => (topic.includes('.') ? rowLabel(topic) : TOPIC_LABELS[topic as Exclude<ApplicationTopic, ReasonTopic>]);

/** The rows a topic adds up; none when the format lacks the row (the 2019 layout has no （六） sub-rows). */
function topicRows(format: FormatVersion, topic: ApplicationTopic): string[] {
  const prefixed = (p: string): string[] => applicationRows(format).filter((r) => r.key.startsWith(p)).map((r) => r.key);
  switch (topic) {
    case 'grantedOrPartial':
      return ['granted', 'partiallyGranted'];
    case 'handled':
      return ['totalProcessed'];
    case 'withheld':
    case 'unavailable':
    case 'notProcessed':
    case 'otherHandling':
      return prefixed(`${topic}.`);
    default:
      return applicationRows(format).some((r) => r.key === topic) ? [topic] : [];
  }
}

const ORG_COLUMNS = APPLICANT_PARTS.filter((c) => c !== 'naturalPerson');

/** The table's figure behind cells, with the cells it names; null when a cell is unreadable. */
interface TableFigure {
  value: number;
  cells: string[];
  unreadable: boolean;
}

/**
 * A row's 总计 as the table states it; when that cell is blank (agencies leave the 总计 column
 * empty, e.g. 上海市人民政府办公厅 2019) the sum of the six applicant columns stands in for it.
 */
function rowTotal(cells: CellReader, row: string): { value: number; unreadable: boolean } {
  const total = cells.read(`applications.${row}.total`);
  if (total.state === 'number') return { value: total.value, unreadable: false };
  const parts = APPLICANT_PARTS.map((c) => cells.read(`applications.${row}.${c}`));
  return { value: parts.reduce((s, o) => s + o.value, 0), unreadable: total.state === 'text' || parts.some((o) => o.state === 'text') };
}

function applicationFigure(cells: CellReader, rows: string[], column: ColumnTopic): TableFigure {
  let value = 0;
  let unreadable = false;
  const keys: string[] = [];
  for (const row of rows) {
    if (column === 'total') {
      const t = rowTotal(cells, row);
      value += t.value;
      unreadable ||= t.unreadable;
      keys.push(`applications.${row}.total`);
    } else {
      for (const col of column === 'org' ? ORG_COLUMNS : [column]) {
        const op = cells.read(`applications.${row}.${col}`);
        value += op.value;
        unreadable ||= op.state === 'text';
        keys.push(op.key);
      }
    }
  }
  return { value, cells: keys, unreadable };
}

function disputeFigure(cells: CellReader, topic: DisputeTopic, outcome?: DisputeOutcomeTopic): TableFigure {
  if (outcome) {
    const ops = DISPUTE_GROUPS[topic].map((g) => cells.read(`disputes.${g}.${outcome}`));
    return { value: ops.reduce((s, o) => s + o.value, 0), cells: ops.map((o) => o.key), unreadable: ops.some((o) => o.state === 'text') };
  }
  let value = 0;
  let unreadable = false;
  const keys: string[] = [];
  for (const g of DISPUTE_GROUPS[topic]) {
    const total = cells.read(`disputes.${g}.total`);
    keys.push(total.key);
    if (total.state === 'number') value += total.value;
    else {
      const parts = ['upheld', 'corrected', 'other', 'pending'].map((o) => cells.read(`disputes.${g}.${o}`));
      value += parts.reduce((s, o) => s + o.value, 0);
      unreadable ||= total.state === 'text' || parts.some((o) => o.state === 'text');
    }
  }
  return { value, cells: keys, unreadable };
}

const quote = (clause: string): string => (clause.length > 60 ? `${clause.slice(0, 60)}…` : clause);

/** TXT.narrative: each attributed figure of the prose against the cells it refers to. */
export function checkNarrative(cells: CellReader, statements: readonly Statement[]): Finding[] {
  const format = cells.report.formatVersion;
  if (format === 'pre2019') return [];
  const out: Finding[] = [];
  for (const st of statements) {
    const where = SECTION_TITLES[st.section];
    const sectionKey = `sections.${st.section}`;
    let table: TableFigure;
    let accepted: number[];
    let label: string;
    let note = '';
    let noteEn = '';
    // The cells whose sum the message gives first; a finding also names the cells of the accepted alternatives.
    let stated: string[] | null = null;
    if (st.target.kind === 'active') {
      // Only the 2021 table 二 has these counts; the 2019 one counts other things.
      if (format !== '2021' || !cells.hasGroup('active')) continue;
      const op = cells.read(st.target.key);
      table = { value: op.value, cells: [op.key], unreadable: op.state === 'text' };
      accepted = [op.value];
      label = `表二 ${ACTIVE_2021.find((d) => d.key === op.key)?.label ?? op.key}`;
    } else if (st.target.kind === 'disputes') {
      if (!cells.hasGroup('disputes')) continue;
      const { group, outcome } = st.target;
      table = disputeFigure(cells, group, outcome);
      accepted = [table.value];
      label = `表四 ${DISPUTE_LABELS[group]}${outcome ? ` · ${DISPUTE_OUTCOMES.find((o) => o.key === outcome)?.label ?? outcome}` : '总计'}`;
    } else {
      if (!cells.hasGroup('applications')) continue;
      const { row, column } = st.target;
      const rows = topicRows(format, row);
      if (rows.length === 0) continue;
      table = applicationFigure(cells, rows, column);
      stated = table.cells;
      accepted = [table.value];
      label = `表三 ${COLUMN_LABELS[column]} · ${topicLabel(row)}`;
      if (row === 'newReceived') {
        // "共受理申请 749 件" often counts the carried-over requests too (沭阳 2025: 713 + 36).
        const carried = applicationFigure(cells, ['carriedOver'], column);
        accepted.push(table.value + carried.value);
        table = { ...table, cells: [...table.cells, ...carried.cells], unreadable: table.unreadable || carried.unreadable };
        note = `（加上年结转 ${fmt(carried.value)} 为 ${fmt(table.value + carried.value)}）`;
        noteEn = ` (with carried-over: ${fmt(table.value + carried.value)})`;
      }
      if (row === 'handled') {
        // "共办理申请 N 件" is said of the requests concluded, received, or received with those carried over.
        const received = applicationFigure(cells, ['newReceived'], column);
        const carried = applicationFigure(cells, ['carriedOver'], column);
        accepted.push(received.value, received.value + carried.value);
        table = { ...table, cells: [...table.cells, ...received.cells, ...carried.cells], unreadable: table.unreadable || received.unreadable || carried.unreadable };
        note = `（本年新收 ${fmt(received.value)}，加上年结转为 ${fmt(received.value + carried.value)}）`;
        noteEn = ` (new: ${fmt(received.value)}, with carried-over: ${fmt(received.value + carried.value)})`;
      }
    }
    if (table.unreadable) {
      out.push(
        makeFinding({
          rule: 'TXT.narrative',
          outcome: 'not_assessable',
          cells: [sectionKey, ...table.cells],
          expected: null,
          actual: st.value,
          message: `${where}：“${quote(st.clause)}”所述 ${fmt(st.value)} 件无法核对，${label}含无法识别的内容`,
          messageEn: `${st.section}: "${st.clause}" states ${fmt(st.value)}; ${table.cells.join(', ')} hold unreadable content`,
        }),
      );
      continue;
    }
    if (!accepted.includes(st.value)) {
      out.push(
        makeFinding({
          rule: 'TXT.narrative',
          outcome: 'fail',
          cells: [sectionKey, ...table.cells],
          expected: accepted[0] as number,
          actual: st.value,
          message: `${where}：“${quote(st.clause)}”所述 ${fmt(st.value)} 件，而${label}为 ${fmt(accepted[0] as number)}${note}`,
          messageEn: `${st.section}: "${st.clause}" states ${fmt(st.value)}, but ${(stated ?? table.cells).map((k) => k.replace(/^applications\.|^disputes\./, '')).join(' + ')} = ${fmt(accepted[0] as number)}${noteEn}`,
        }),
      );
    }
    if (st.percent && st.target.kind === 'applications') out.push(...checkPercent(cells, st, table.value, where, sectionKey, table.cells));
  }
  return out;
}

function checkPercent(cells: CellReader, st: Statement, figure: number, where: string, sectionKey: string, figureCells: string[]): Finding[] {
  const pct = st.percent;
  if (!pct) return [];
  const processed = rowTotal(cells, 'totalProcessed').value;
  const received = rowTotal(cells, 'newReceived').value;
  const carried = rowTotal(cells, 'carriedOver').value;
  // The share is of the requests handled; some reports divide by the requests received instead.
  const denominators = [processed, received + carried, received].filter((d) => d > 0);
  if (denominators.length === 0) return [];
  const tolerance = 10 ** -pct.decimals + 1e-9;
  // A share that fits the table's figure or the prose's own count is no new contradiction: a count the
  // table contradicts is reported once, by its own finding, not again through its percentage.
  const fits = (count: number): boolean => denominators.some((d) => Math.abs((count / d) * 100 - pct.value) <= tolerance);
  if (fits(figure) || fits(st.value)) return [];
  const actualPct = Math.round((figure / (denominators[0] as number)) * 100 * 10 ** pct.decimals) / 10 ** pct.decimals;
  return [
    makeFinding({
      rule: 'TXT.narrative',
      outcome: 'fail',
      cells: [sectionKey, ...figureCells, 'applications.totalProcessed.total'],
      expected: `${actualPct}%`,
      actual: `${pct.value}%`,
      message: `${where}：“${quote(st.clause)}”所占比例 ${pct.value}%，与表三计算结果 ${fmt(figure)} ÷ ${fmt(denominators[0] as number)} = ${actualPct}% 不符`,
      messageEn: `${st.section}: "${st.clause}" is said to be ${pct.value}% but the table gives ${fmt(figure)} / ${fmt(denominators[0] as number)} = ${actualPct}%`,
    }),
  ];
}
