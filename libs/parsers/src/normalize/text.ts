import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 't', to: 'cn' });

/** Chinese numerals as years are written them (二〇二三, 二零二三, and 二○二三 with a circle sign for 〇). */
const CHINESE_DIGITS: Record<string, string> = {
  〇: '0', 零: '0', Ｏ: '0', '○': '0', '◯': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

/**
 * Full-width ASCII (！ to ～, U+FF01–FF5E) to half-width, and the ideographic space to a space. Brackets
 * are mapped separately, so that labels compare equal whichever width their brackets were typed in.
 */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const FULL_WIDTH_ALL = /[\uff01-\uff5e\u3000]/g;

export function toHalfWidth(s: string): string {
  // Most text has no full-width ASCII: testing first skips building a new string per cell.
  if (!FULL_WIDTH.test(s)) return s;
  return s.replace(FULL_WIDTH_ALL, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

const WHITESPACE = /[\s\u00a0\u200b\u200c\u200d\ufeff]+/g;

/** Collapses runs of whitespace (including &nbsp; and zero-width characters) to one space and trims. */
export function collapseWhitespace(s: string): string {
  return s.replace(WHITESPACE, ' ').trim();
}

// Labels repeat across thousands of documents: converting each distinct label once keeps recognition fast.
const LABEL_CACHE_LIMIT = 20_000;
const labelCache = new Map<string, string>();

/**
 * The form in which labels and headings are compared: half-width, no whitespace at all ("商业 企业",
 * "结果 维持"), round brackets and quotes unified, dashes unified, Traditional characters simplified.
 * Never used for what is stored: provenance keeps the raw text.
 */
export function normalizeLabel(raw: string): string {
  const cached = labelCache.get(raw);
  if (cached !== undefined) return cached;
  let s = toHalfWidth(raw).replace(WHITESPACE, '');
  s = s
    .replace(/[〔【]/g, '(')
    .replace(/[〕】]/g, ')')
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’]/g, "'");
  if (/[^\u0000-\u007f]/.test(s)) s = toSimplified(s);
  if (labelCache.size >= LABEL_CACHE_LIMIT) labelCache.clear();
  labelCache.set(raw, s);
  return s;
}

/** "二〇二三" → "2023"; other characters are kept. */
export function chineseDigitsToArabic(s: string): string {
  return s.replace(/[〇零Ｏ○◯一二三四五六七八九]/g, (ch) => CHINESE_DIGITS[ch] ?? ch);
}
