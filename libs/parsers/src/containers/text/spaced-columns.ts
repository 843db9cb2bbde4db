import { cellShape } from './cell-shape';
import type { Row, RowCell } from './text-lines';

/** A cell of a space-aligned line and the display columns it covers. */
interface Token {
  text: string;
  start: number;
  end: number;
  center: number;
}

// East Asian wide characters take two columns in a fixed-width layout.
const WIDE_CHAR = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** The cells of a space-aligned line with the display columns each covers. */
function tokens(source: string): Token[] {
  const out: Token[] = [];
  let col = 0;
  let start = -1;
  let end = 0;
  let text = '';
  let spaces = 0;
  const push = (): void => {
    out.push({ text, start, end, center: (start + end) / 2 });
    start = -1;
    text = '';
  };
  for (const ch of source) {
    const width = WIDE_CHAR.test(ch) ? 2 : 1;
    if (ch === ' ' || ch === '\t' || ch === '\u3000') {
      // Two spaces (or one ideographic space or tab) end a cell; one ASCII space stays inside it.
      spaces += ch === ' ' ? 1 : 2;
      if (spaces >= 2 && start !== -1) push();
    } else {
      if (start === -1) start = col;
      else if (spaces === 1) text += ' ';
      text += ch;
      end = col + width;
      spaces = 0;
    }
    col += width;
  }
  if (start !== -1) push();
  return out;
}

const isValue = (t: Token): boolean => cellShape(t.text) === 'value';
const valueCount = (r: Row): number => r.cells.filter((c) => cellShape(c.text) === 'value').length;

/**
 * The leaf columns a multi-row header names over the value area: header cells with no header cell
 * below them (a spanning "法人或其他组织" has "商业企业" … below it), in left-to-right order.
 */
function headerColumns(header: Token[][], valueStart: number): number[] {
  const leaves: Token[] = [];
  header.forEach((row, r) => {
    for (const t of row) {
      if (t.end <= valueStart) continue;
      const covers = header.slice(r + 1).some((below) => below.some((u) => u.start < t.end && u.end > t.start));
      if (!covers) leaves.push(t);
    }
  });
  return leaves.map((t) => t.center).sort((a, b) => a - b);
}

/**
 * Puts the figures of a space-aligned table under their columns. A blank cell is only whitespace in
 * such a layout, so splitting on gaps alone would shift the figures after it to the left. The columns
 * are where the rows that fill the most columns put their figures, or, where the header names more
 * columns than any row fills (a table whose 法人 columns are all blank), where the header's leaf
 * cells stand. Each figure goes to the nearest column; the columns a row leaves empty become blank
 * cells. A row that puts two figures under one column is not column-true and is kept as written.
 */
export function alignSpacedColumns(rows: Row[]): Row[] {
  const counts = rows.map(valueCount);
  const firstData = counts.findIndex((n) => n > 0);
  if (firstData === -1) return rows;
  const width = counts.reduce((a, b) => Math.max(a, b), 0);
  const parsed = rows.map((r) => (r.source === undefined ? null : tokens(r.source)));
  const values = parsed.map((t) => (t ? t.filter(isValue) : []));
  const starts = values.flatMap((v) => v.map((t) => t.start));
  // Without figures at known positions there is nothing to align to.
  if (starts.length === 0) return rows;
  const valueStart = starts.reduce((a, b) => Math.min(a, b), Infinity);
  const header = parsed.slice(0, firstData).filter((t): t is Token[] => t !== null);
  const fromHeader = headerColumns(header, valueStart);
  const full = values.filter((v) => v.length === width);
  const anchors =
    fromHeader.length > width ? fromHeader : Array.from({ length: width }, (_, i) => full.reduce((sum, v) => sum + (v[i] as Token).center, 0) / full.length);
  if (counts.every((n, r) => n === anchors.length || (n === 0 && r < firstData))) return rows;

  return rows.map((row, r) => {
    const own = values[r] as Token[];
    const cell = (text: string): RowCell => ({ text, line: row.line });
    // Below the first figures, a row written only in the label area is a row of blank cells.
    if (own.length === 0) {
      const labels = parsed[r];
      if (r < firstData || !labels || labels.some((t) => t.end > valueStart)) return row;
      return { ...row, cells: [...labels.map((t) => cell(t.text)), ...anchors.map(() => cell(''))] };
    }
    if (own.length === anchors.length) return row;
    const slots: (Token | null)[] = anchors.map(() => null);
    for (const v of own) {
      const nearest = anchors.reduce((best, a, i) => (Math.abs(a - v.center) < Math.abs((anchors[best] as number) - v.center) ? i : best), 0);
      if (slots[nearest]) return row;
      slots[nearest] = v;
    }
    const labels = (parsed[r] as Token[]).filter((t) => !isValue(t) && t.center < (own[0] as Token).center);
    return { ...row, cells: [...labels.map((t) => cell(t.text)), ...slots.map((s) => cell(s ? s.text : ''))] };
  });
}
