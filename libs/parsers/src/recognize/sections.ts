import { SECTIONS, type SectionKey } from '@nianbao/report';
import { normalizeLabel } from '../normalize/text';

/**
 * Sections by the words of their titles, in the official order. The numeral is not trusted: reports
 * renumber (an appendix of tables numbered 一/二/三, 五 for 其他需要报告的事项 when 四 is missing).
 */
const SECTION_WORDS: { key: SectionKey; words: RegExp }[] = [
  { key: 'overview', words: /总体情况|概述/ },
  { key: 'active', words: /主动公开政府信息|主动公开情况/ },
  { key: 'applications', words: /收到和处理|依申请公开/ },
  { key: 'disputes', words: /行政复议|行政诉讼/ },
  { key: 'problems', words: /存在的?主要问题|问题及改进|问题和改进|改进情况|整改/ },
  { key: 'other', words: /其他需要报告|其他事项/ },
];
/** A section's place in the official order. */
export function sectionOrder(key: SectionKey): number {
  return SECTION_WORDS.findIndex((s) => s.key === key);
}

const NUMBERED = /^#*(?:第)?[一二三四五六七八九十]+(?:[、.,:]|部分)/;
const MAX_HEADING_CHARS = 40;

/**
 * A heading whose numeral is not in its text (Word's automatic list numbering draws "一、" from
 * numbering.xml; a web page's list style draws it too) is recognised only when it is the official
 * title word for word: an unnumbered line inside prose that merely names a topic stays prose.
 */
const OFFICIAL_TITLES = new Map<string, SectionKey>(SECTIONS.map((s) => [normalizeLabel(s.label), s.key]));

function unnumberedHeading(norm: string): { key: SectionKey; order: number } | null {
  const key = OFFICIAL_TITLES.get(norm.replace(/^#+/, '').replace(/[:：]$/, ''));
  return key ? { key, order: sectionOrder(key) } : null;
}

// A table-of-contents entry: the heading, leader dots or a gap, a page number ("一、总体情况……1").
const CONTENTS_ENTRY = /(?:[.…·・．_—-]{2,}|\s)\s*\d{1,3}\s*$/;

/** The section a text block heads (一、总体情况 … 六、其他需要报告的事项), or null for any other text. */
export function sectionHeading(text: string): { key: SectionKey; order: number } | null {
  // Prose paragraphs are long: rule them out before normalising them.
  if (text.length > MAX_HEADING_CHARS * 3 || CONTENTS_ENTRY.test(text)) return null;
  const norm = normalizeLabel(text);
  if (norm.length > MAX_HEADING_CHARS) return null;
  const m = NUMBERED.exec(norm);
  if (!m) return unnumberedHeading(norm);
  const title = norm.slice(m[0].length);
  const order = SECTION_WORDS.findIndex((s) => s.words.test(title));
  return order === -1 ? null : { key: (SECTION_WORDS[order] as (typeof SECTION_WORDS)[number]).key, order };
}

/**
 * A report that lost the heading of section 五 still opens it with a short line about its problems
 * ("（一）主要问题", "（一）2024 年工作中存在问题的改进情况") after table 四: that line starts 五.
 */
export function startsLostProblemsSection(text: string): boolean {
  if (text.length > MAX_HEADING_CHARS * 3) return false;
  const norm = normalizeLabel(text);
  return norm.length <= MAX_HEADING_CHARS && /^(?:\(一\)|1[.、])/.test(norm) && /问题|改进|整改/.test(norm);
}
