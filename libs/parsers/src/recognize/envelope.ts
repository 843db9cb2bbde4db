import { chineseDigitsToArabic, collapseWhitespace, normalizeLabel } from '../normalize/text';

export interface Envelope {
  /** The title as written (whitespace collapsed, Markdown heading marks dropped). */
  title: string | null;
  agencyName: string | null;
  year: number | null;
}

const YEAR_WRITTEN = '(?:19|20)\\d{2}|[〇零○◯一二三四五六七八九]{4}';
/** The report's name, a year sometimes inside it (政府信息公开工作2024年度报告), 政务公开 in some titles. */
const REPORT_TITLE = new RegExp(`(?:政府信息公开|政务公开)(?:工作)?(?:(${YEAR_WRITTEN})年度?)?(?:年度)?(?:工作)?(?:报告|年报)`);
const YEAR = new RegExp(`(${YEAR_WRITTEN})年度?`);
/** The year written after the report's name: "…工作年度报告（2024年度）". */
const YEAR_AFTER = new RegExp(`^\\((${YEAR_WRITTEN})年度?\\)$`);
// Titles are short; a long block naming the report is prose that mentions it.
const MAX_TITLE_CHARS = 80;

function toYear(written: string): number {
  return Number(chineseDigitsToArabic(written));
}

/**
 * The agency in a piece of title: "关于印发《某局2023年…报告》的通知" starts after the opening title
 * mark, "某市政府办公室关于某市2024年…报告的公告" after 关于 (the report is 某市's), "某区人民政府关于"
 * before it.
 */
function agencyIn(piece: string): string {
  // Brackets are half-width here (【2024年】 reads "(2024年)"): a piece may start after a closing one.
  const s = piece.replace(/^.*[《「\[]/, '').replace(/^[)\]」》]+/, '');
  const afterAbout = /关于(?:印发|报送|公布|发布|公开)?(.*)$/.exec(s);
  const agency = afterAbout ? afterAbout[1] || s.slice(0, afterAbout.index) : s;
  return agency.replace(/^\(+|[()]+$/g, '').replace(/[:,、_]+$/, '');
}

/**
 * Reads agency and year from a title such as 新乡市公安局2023年政府信息公开工作年度报告, 2019年上海市…报告,
 * 某区人民政府政府信息公开工作年度报告（2024年度） or 某局政府信息公开工作2024年度报告.
 */
export function parseTitle(text: string): Envelope | null {
  if (text.length > MAX_TITLE_CHARS * 3) return null;
  const norm = normalizeLabel(text).replace(/^#+/, '');
  if (norm.length > MAX_TITLE_CHARS) return null;
  const reportName = REPORT_TITLE.exec(norm);
  if (!reportName) return null;
  const titleAt = reportName.index;
  const m = YEAR.exec(norm);
  let written: string;
  let pieces: string[];
  if (m && m.index < titleAt) {
    written = m[1] as string;
    pieces = [norm.slice(0, m.index), norm.slice(m.index + m[0].length, titleAt)];
  } else {
    const after = reportName[1] ?? YEAR_AFTER.exec(norm.slice(titleAt + reportName[0].length))?.[1];
    if (!after) return null;
    written = after;
    pieces = [norm.slice(0, titleAt)];
  }
  const agency = pieces.map(agencyIn).find((a) => a !== '') ?? null;
  return { title: collapseWhitespace(text).replace(/^#+\s*/, ''), agencyName: agency, year: toYear(written) };
}

/**
 * The title is the first short text block that names the report, its year and its agency; failing
 * that, the first naming the report and its year (a page's <title> "2024年政府信息公开工作年度报告_…"
 * comes before the page's own heading, which names the agency). Titles broken over two lines
 * (…2020年 / 政府信息公开工作年度报告) are read joined.
 */
export function findEnvelope(texts: string[]): Envelope | null {
  let yearOnly: Envelope | null = null;
  let withAgencyBelow: Envelope | null = null;
  for (let i = 0; i < texts.length; i++) {
    const here = texts[i] as string;
    let found = parseTitle(here);
    const next = texts[i + 1];
    // A line above a complete title (a breadcrumb, a navigation cell) is not part of it; the agency
    // above "2023年政府信息公开工作年度报告" is.
    if (!found && next !== undefined && !parseTitle(next)?.agencyName) found = parseTitle(here + next);
    if (found?.agencyName) return found;
    // A cover page may name the agency on the line under the title ("2023年政府信息公开工作年度报告 /
    // 某市某局"); a title naming its agency further on still wins (a page's site name is no agency).
    const below = next === undefined ? null : agencyLine(next);
    if (found && below) withAgencyBelow ??= { ...found, agencyName: below };
    yearOnly ??= found;
  }
  return withAgencyBelow ?? yearOnly;
}

// An agency's name alone on a line: ends in the word for an organ of government.
const AGENCY_LINE = /^[\u4e00-\u9fff()]{2,30}(?:人民政府|政府|委员会|管理委员会|办公室|办公厅|局|厅|委|办|署|院|中心|街道办事处|镇|乡)$/;

function agencyLine(text: string): string | null {
  const norm = normalizeLabel(text);
  return norm.length <= 32 && AGENCY_LINE.test(norm) ? norm : null;
}
