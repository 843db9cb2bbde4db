import { toHalfWidth } from '../../normalize/text';

/** What a cell looks like for table structure only; what it means is decided by the recognizer. */
export type CellShape = 'empty' | 'value' | 'label';

// "Not applicable" marks a table prints in place of a number.
const NOT_APPLICABLE = new Set(['/', '\\', '-', '--', '—', '——', '–', '―', '－', '无', '不适用', '—/—']);
// A figure, possibly with thousands separators, decimals, a sign or a unit written into the cell.
const FIGURE = /^[+-]?\d[\d,]*(?:\.\d+)?(?:万元|元|件|个|项|条|次|%)?$/;

/** Whether a cell holds a figure (or an n/a mark), is empty, or is label text. */
export function cellShape(text: string): CellShape {
  const s = toHalfWidth(text).replace(/\s+/g, '');
  if (s === '') return 'empty';
  if (NOT_APPLICABLE.has(s) || FIGURE.test(s)) return 'value';
  return 'label';
}

/** Cell text as the document model keeps it: whitespace collapsed, Markdown/HTML inline markup removed. */
export function cleanCellText(raw: string): string {
  return raw
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/\*\*|__/g, '')
    .replace(/[\s\u00a0\u200b\ufeff]+/g, ' ')
    .trim();
}
