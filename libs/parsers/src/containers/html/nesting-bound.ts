/**
 * htmlparser2 keeps its open-element stack with Array#unshift, so parsing is quadratic in nesting
 * depth (20,000 nested elements ≈ 1.5 s, 80,000 ≈ 30 s). Real report pages nest a few dozen levels; a
 * page nested deeper than this is flattened before parsing, keeping only what the document model reads.
 */
const MAX_NESTING = 1000;

// Elements that commonly go unclosed in real pages (their end is implied) or never have content.
const NOT_COUNTED = new Set([
  'p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'thead', 'tbody', 'tfoot', 'colgroup', 'col', 'br', 'hr', 'img', 'input',
  'meta', 'link', 'area', 'base', 'wbr', 'source', 'track', 'embed', 'param',
]);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/** The deepest running nesting of counted elements: a linear estimate, enough to spot abuse. */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    const name = (m[2] as string).toLowerCase();
    if (NOT_COUNTED.has(name) || m[3] === '/') continue;
    depth = m[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

const KEPT_AS_IS = /^(?:table|tr|td|th|thead|tbody|tfoot|br|title|head|script|style)$/i;
const PARAGRAPH_LIKE = /^(?:p|div|h[1-6]|li|section|article|blockquote|center)$/i;

/** Drops every tag but table structure, line breaks and head/script/style; paragraph ends become <br>. */
function flatten(html: string): string {
  return html.replace(TAG, (whole, _close: string, name: string) => {
    if (KEPT_AS_IS.test(name)) return whole;
    return PARAGRAPH_LIKE.test(name) ? '<br>' : '';
  });
}

/** The HTML unchanged when its nesting is sane; otherwise flattened, and stripped to text as a last resort. */
export function boundNesting(html: string): string {
  if (nestingDepth(html) <= MAX_NESTING) return html;
  const flat = flatten(html);
  if (nestingDepth(flat) <= MAX_NESTING) return flat;
  return flat.replace(/<[^>]*>/g, ' ');
}
