import { FOOTNOTE_MARK } from '../../normalize/cell-value';
import { toHalfWidth } from '../../normalize/text';

/** What a cell looks like for table structure only; what it means is decided by the recognizer. */
export type CellShape = 'empty' | 'value' | 'label';

// "Not applicable" marks a table prints in place of a number.
const NOT_APPLICABLE = new Set(['/', '\\', '-', '--', '—', '——', '–', '―', '－', '无', '不适用', '—/—']);
// A figure, possibly with thousands separators, decimals, a sign, a unit or a footnote mark written into the cell.
const FIGURE = new RegExp(`^[+-]?\\d[\\d,]*(?:\\.\\d+)?(?:万元|元|件|个|项|条|次|%|${FOOTNOTE_MARK})?$`);

// Cheap tests first: most cells are plain ASCII figures or CJK labels.
const ASCII_FIGURE = /^\d{1,12}$/;
const CJK_START = /^[\u4e00-\u9fff（(]/;

/** Whether a cell holds a figure (or an n/a mark), is empty, or is label text. */
export function cellShape(text: string): CellShape {
  if (text === '') return 'empty';
  if (ASCII_FIGURE.test(text) || NOT_APPLICABLE.has(text)) return 'value';
  if (CJK_START.test(text)) return 'label';
  const s = toHalfWidth(text).replace(/\s+/g, '');
  if (s === '') return 'empty';
  if (NOT_APPLICABLE.has(s) || FIGURE.test(s)) return 'value';
  return 'label';
}

/** Cell text as the document model keeps it: whitespace collapsed, Markdown/HTML inline markup removed. */
// Markup or whitespace other than single spaces: only then is there anything to clean.
const NEEDS_CLEANING = /[<&*_\t\r\n\u00a0\u200b\ufeff\u3000]|\s\s/;

export function cleanCellText(raw: string): string {
  const trimmed = raw.trim();
  if (!NEEDS_CLEANING.test(trimmed)) return trimmed;
  return trimmed
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/\*\*|__/g, '')
    .replace(/[\s\u00a0\u200b\ufeff]+/g, ' ')
    .trim();
}
