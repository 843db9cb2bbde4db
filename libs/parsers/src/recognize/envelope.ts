import { chineseDigitsToArabic, collapseWhitespace, normalizeLabel } from '../normalize/text';

export interface Envelope {
  /** The title as written (whitespace collapsed, Markdown heading marks dropped). */
  title: string | null;
  agencyName: string | null;
  year: number | null;
}

const REPORT_TITLE = /政府信息公开(?:工作)?(?:年度)?(?:报告|年报)/;
const YEAR_WRITTEN = '(?:19|20)\\d{2}|[〇零○◯一二三四五六七八九]{4}';
const YEAR = new RegExp(`(${YEAR_WRITTEN})年度?`);
/** The year written after the report's name: "…工作年度报告（2024年度）". */
const YEAR_AFTER = new RegExp(`^\\((${YEAR_WRITTEN})年度?\\)$`);
// Titles are short; a long block naming the report is prose that mentions it.
const MAX_TITLE_CHARS = 80;

function toYear(written: string): number {
  return Number(chineseDigitsToArabic(written));
}

/**
 * Reads agency and year from a title such as 新乡市公安局2023年政府信息公开工作年度报告, 2019年上海市…报告
 * or 某区人民政府政府信息公开工作年度报告（2024年度）.
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
  let agency: string;
  if (m && m.index < titleAt) {
    written = m[1] as string;
    agency = norm.slice(0, m.index) || norm.slice(m.index + m[0].length, titleAt);
  } else {
    const after = YEAR_AFTER.exec(norm.slice(titleAt + reportName[0].length));
    if (!after) return null;
    written = after[1] as string;
    agency = norm.slice(0, titleAt);
  }
  // "关于印发《某局2023年…报告》的通知": the agency starts after the opening title mark.
  agency = agency
    .replace(/^.*[《「【]/, '')
    .replace(/^关于(?:印发|报送|公布|发布|公开)?/, '').replace(/关于$/, '').replace(/^\(+|\)+$/g, '').replace(/[:,、]+$/, '');
  return { title: collapseWhitespace(text).replace(/^#+\s*/, ''), agencyName: agency || null, year: toYear(written) };
}

/**
 * The title is the first short text block that names the report and its year. Titles broken over two
 * lines (…2020年 / 政府信息公开工作年度报告) are read joined.
 */
export function findEnvelope(texts: string[]): Envelope | null {
  for (let i = 0; i < texts.length; i++) {
    const here = texts[i] as string;
    const found = parseTitle(here);
    if (found) return found;
    const next = texts[i + 1];
    // A line above a complete title (a breadcrumb, a navigation cell) is not part of it; the agency
    // above "2023年政府信息公开工作年度报告" is.
    if (next === undefined || parseTitle(next)?.agencyName) continue;
    const joined = parseTitle(here + next);
    if (joined) return joined;
  }
  return null;
}
