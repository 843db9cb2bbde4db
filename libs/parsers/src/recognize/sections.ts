import type { SectionKey } from '@nianbao/report';
import { normalizeLabel } from '../normalize/text';

const NUMERALS = ['一', '二', '三', '四', '五', '六'] as const;
const SECTION_OF: Record<(typeof NUMERALS)[number], { key: SectionKey; words: RegExp }> = {
  一: { key: 'overview', words: /总体情况|概述|总体/ },
  二: { key: 'active', words: /主动公开/ },
  三: { key: 'applications', words: /收到和处理|依申请|申请情况/ },
  四: { key: 'disputes', words: /行政复议|行政诉讼/ },
  五: { key: 'problems', words: /问题|改进|整改/ },
  六: { key: 'other', words: /其他需要报告|其他事项|需要报告/ },
};
const HEADING = /^#*(?:第)?([一二三四五六])(?:[、.,:]|部分)/;
const MAX_HEADING_CHARS = 40;

/** The section a text block heads (一、总体情况 … 六、其他需要报告的事项), or null for any other text. */
export function sectionHeading(text: string): { key: SectionKey; order: number } | null {
  const norm = normalizeLabel(text);
  if (norm.length > MAX_HEADING_CHARS) return null;
  const m = HEADING.exec(norm);
  if (!m) return null;
  const numeral = m[1] as (typeof NUMERALS)[number];
  const def = SECTION_OF[numeral];
  if (!def.words.test(norm.slice(m[0].length))) return null;
  return { key: def.key, order: NUMERALS.indexOf(numeral) };
}
