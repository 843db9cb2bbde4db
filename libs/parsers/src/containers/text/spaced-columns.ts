import { cellShape } from './cell-shape';
import type { Row, RowCell } from './text-lines';

interface Token {
  text: string;
  center: number;
}

// East Asian wide characters take two columns in a fixed-width layout.
const WIDE_CHAR = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** The cells of a space-aligned line with the display column at the centre of each. */
function tokens(source: string): Token[] {
  const out: Token[] = [];
  let col = 0;
  let start = -1;
  let end = 0;
  let text = '';
  let spaces = 0;
  for (const ch of source) {
    const width = WIDE_CHAR.test(ch) ? 2 : 1;
    if (ch === ' ' || ch === '\t' || ch === '\u3000') {
      // Two spaces (or one ideographic space or tab) end a cell; one ASCII space stays inside it.
      spaces += ch === ' ' ? 1 : 2;
      if (spaces >= 2 && start !== -1) {
        out.push({ text, center: (start + end) / 2 });
        start = -1;
        text = '';
      }
    } else {
      if (start === -1) start = col;
      else if (spaces === 1) text += ' ';
      text += ch;
      end = col + width;
      spaces = 0;
    }
    col += width;
  }
  if (start !== -1) out.push({ text, center: (start + end) / 2 });
  return out;
}

/**
 * Puts the figures of a space-aligned table under their columns. A blank cell is only whitespace in
 * such a layout, so splitting on gaps alone would shift the figures after it to the left; the column
 * centres of the rows that fill every value column place the figures of the others, and the columns
 * they leave empty become blank cells.
 */
export function alignSpacedColumns(rows: Row[]): Row[] {
  // Only rows with fewer figures than others need positions; most tables have none.
  const counts = rows.map((r) => r.cells.filter((c) => cellShape(c.text) === 'value').length).filter((n) => n > 0);
  if (counts.every((n) => n === counts[0])) return rows;
  const parsed = rows.map((r) => (r.source === undefined ? null : tokens(r.source)));
  const valueTokens = parsed.map((t) => (t ? t.filter((x) => cellShape(x.text) === 'value') : []));
  const width = Math.max(0, ...valueTokens.map((v) => v.length));
  const full = valueTokens.filter((v) => v.length === width);
  if (width === 0 || full.length === 0) return rows;
  const anchors = Array.from({ length: width }, (_, i) => full.reduce((sum, v) => sum + (v[i] as Token).center, 0) / full.length);

  return rows.map((row, r) => {
    const values = valueTokens[r] as Token[];
    const own = parsed[r];
    if (!own || values.length === 0 || values.length === width) return row;
    const slots: (Token | null)[] = anchors.map(() => null);
    for (const v of values) {
      const nearest = anchors.reduce((best, a, i) => (Math.abs(a - v.center) < Math.abs((anchors[best] as number) - v.center) ? i : best), 0);
      // Two figures under one column: the layout is not column-true, keep the row as written.
      if (slots[nearest]) return row;
      slots[nearest] = v;
    }
    const labels = own.filter((t) => cellShape(t.text) !== 'value' && t.center < (values[0] as Token).center);
    const cell = (text: string): RowCell => ({ text, line: row.line });
    return { ...row, cells: [...labels.map((t) => cell(t.text)), ...slots.map((s) => cell(s ? s.text : ''))] };
  });
}
