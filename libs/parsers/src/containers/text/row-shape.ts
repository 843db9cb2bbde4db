import { cellShape } from './cell-shape';
import type { Row, RowCell } from './text-lines';

// Rows are never changed once read (reshaping makes new ones), so each row's answer is kept.
const firstValues = new WeakMap<Row, number>();

/** Index of the first cell holding a figure, or -1 for a row of labels only (a header or a group label). */
export function firstValueIndex(row: Row): number {
  let i = firstValues.get(row);
  if (i === undefined) {
    i = row.cells.findIndex((c) => cellShape(c.text) === 'value');
    firstValues.set(row, i);
  }
  return i;
}

export function isDataRow(row: Row): boolean {
  return firstValueIndex(row) !== -1;
}

/** The value cells of a data row as written: from its first figure to its last non-empty cell. */
function valueSpan(row: Row): number {
  const first = firstValueIndex(row);
  let last = row.cells.length - 1;
  while (last > first && cellShape((row.cells[last] as RowCell).text) === 'empty') last--;
  return last - first + 1;
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    // Ties go to the wider span: a narrower one is more likely a row that lost cells.
    if (n > bestCount || (n === bestCount && v > best)) [best, bestCount] = [v, n];
  }
  return best;
}

/**
 * How many value columns the table has. The data rows' usual span is the evidence; a clean Markdown
 * header (every cell a non-empty label) can only widen it, which is how a row that lost a cell shows.
 */
export function valueColumns(rows: Row[]): number {
  const data = rows.filter(isDataRow);
  const fromData = mostCommon(data.map(valueSpan));
  // The Markdown header row, if it comes before the first data row (header lines taken back may precede it).
  const head = rows.slice(0, Math.max(0, rows.findIndex(isDataRow))).find((r) => r.header);
  if (!head || !head.header || isDataRow(head) || head.cells.some((c) => cellShape(c.text) !== 'label')) return fromData;
  const rowsHaveLabels = data.some((r) => firstValueIndex(r) > 0);
  return Math.max(fromData, head.cells.length - (rowsHaveLabels ? 1 : 0));
}

function lostCell(line: number, written: number, expected: number): RowCell {
  return {
    text: '',
    line,
    missing: `原文此行只有 ${written} 个数值，而表格有 ${expected} 个数值列：此单元格在原文中缺失（常见于由 PDF 转出的文本），未作推测`,
  };
}

/**
 * Reshapes a data row to [label cells…, exactly `width` value cells], so that a reader takes the values
 * from the right whatever the source did to the row:
 * - flattened tables (tab-separated) pad rows with empty cells where merged label cells were, and shift
 *   the values by how many label levels the row carries: empty cells in the label area are dropped;
 * - trailing empty cells beyond the table's width are padding, not blank values;
 * - a row shorter than the table takes the empty cells right before its first figure as blank values
 *   first; if it is still short, the source lost cells. Extraction drops an inner cell (one whose
 *   content wrapped onto several lines), while the label on the left and the table border on the right
 *   anchor the outer ones: so the first and last figures keep their columns and placeholders marked
 *   `missing` stand for the lost inner cells.
 */
export function shapeDataRow(row: Row, width: number): Row {
  const first = firstValueIndex(row);
  const labels = row.cells.slice(0, first).filter((c) => cellShape(c.text) !== 'empty');
  const values = row.cells.slice(first);
  while (values.length > width && cellShape((values[values.length - 1] as RowCell).text) === 'empty') values.pop();
  let need = width - values.length;
  for (let i = first - 1; need > 0 && i >= 0 && cellShape((row.cells[i] as RowCell).text) === 'empty'; i--, need--) {
    values.unshift(row.cells[i] as RowCell);
  }
  if (need > 0) {
    const written = values.filter((c) => cellShape(c.text) !== 'empty').length;
    const lost = Array.from({ length: need }, () => lostCell(row.line, written, width));
    values.splice(Math.min(1, values.length), 0, ...lost);
  }
  return { ...row, cells: [...labels, ...values] };
}

/** Label-only rows keep their inner empty cells (header structure); trailing padding goes. */
function trimLabelRow(row: Row): Row {
  let end = row.cells.length;
  while (end > 0 && cellShape((row.cells[end - 1] as RowCell).text) === 'empty') end--;
  return { ...row, cells: row.cells.slice(0, end) };
}

export function shapeTable(rows: Row[]): Row[] {
  const width = valueColumns(rows);
  return rows.map((r) => (isDataRow(r) ? shapeDataRow(r, width) : trimLabelRow(r))).filter((r) => r.cells.length > 0);
}
