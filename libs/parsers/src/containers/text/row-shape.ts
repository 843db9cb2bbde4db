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

const isEmpty = (c: RowCell): boolean => cellShape(c.text) === 'empty';

/** A Markdown header whose every cell names a column: evidence of how many columns its rows have. */
function isCleanHeader(row: Row): boolean {
  return row.header && row.cells.length >= 2 && row.cells.every((c) => cellShape(c.text) === 'label');
}

function lostCell(line: number, written: number, expected: number): RowCell {
  return {
    text: '',
    line,
    missing: `原文此行只有 ${written} 个数值单元格，而表头有 ${expected} 个数值列：此单元格在原文中缺失（常见于由 PDF 转出的文本），未作推测`,
  };
}

/**
 * A data row as [label cells…, the cells after its last label, as written]. Empty cells among the
 * labels are dropped: flattened tables leave them where merged label cells were, shifting the values
 * by how many label levels a row carries; the reader takes the values from the right.
 *
 * Under a clean Markdown header, a row with fewer cells than the header has value columns lost cells
 * in extraction. Extraction drops an inner cell (one whose content wrapped onto several lines), while
 * the label on the left and the table border on the right anchor the outer ones: so the first and
 * last figures keep their columns and placeholders marked `missing` stand for the lost inner cells.
 */
function shapeDataRow(row: Row, header: Row | null): Row {
  let lastLabel = firstValueIndex(row) - 1;
  while (lastLabel >= 0 && isEmpty(row.cells[lastLabel] as RowCell)) lastLabel--;
  const labels = row.cells.slice(0, lastLabel + 1).filter((c) => !isEmpty(c));
  const values = row.cells.slice(lastLabel + 1);
  const width = header ? header.cells.length - (labels.length > 0 ? 1 : 0) : 0;
  if (values.length < width) {
    const written = values.length;
    const lost = Array.from({ length: width - written }, () => lostCell(row.line, written, width));
    values.splice(Math.min(1, values.length), 0, ...lost);
  }
  return { ...row, cells: [...labels, ...values] };
}

/** Where the values of a table whose cells keep their positions start, and which columns are only spans. */
interface Positions {
  valueStart: number;
  phantom: Set<number>;
}

/**
 * A Markdown table written from a grid with merged cells keeps every position: a merged cell's text
 * stands at its top-left and the positions it covers are empty. There, an empty cell before a row's
 * first figure is a covered label position and an empty cell after it a blank value, whichever side
 * it is on. The values start at the leftmost column any row has a figure in. A column that is empty
 * in every data row and in the last header row is no column of its own but the cover of a column
 * span (a colspan value cell under a spanning header): it is left out of the values.
 * Rows of unequal length (a table broken by extraction) keep no positions: null.
 */
function positions(rows: Row[]): Positions | null {
  const data = rows.filter(isDataRow);
  const width = data[0]?.cells.length ?? 0;
  if (data.length === 0 || rows.some((r) => (r.header || isDataRow(r)) && r.cells.length !== width)) return null;
  const valueStart = data.reduce((min, r) => Math.min(min, firstValueIndex(r)), width);
  const firstData = rows.indexOf(data[0] as Row);
  const leaf = rows.slice(0, firstData).reverse().find((r) => r.cells.length === width);
  const phantom = new Set<number>();
  // One data row is too little evidence that a column is never used.
  for (let c = valueStart + 1; leaf && data.length > 1 && c < width; c++) {
    // Covered from the left: the leaf header cell before it names a column, and no row writes in it.
    const spanned = isEmpty(leaf.cells[c] as RowCell) && !isEmpty(leaf.cells[c - 1] as RowCell);
    if (spanned && data.every((r) => isEmpty(r.cells[c] as RowCell))) phantom.add(c);
  }
  return { valueStart, phantom };
}

/**
 * Under a one-line header that names its columns ("信息内容 | 上一年项目数量 | 本年增/减 | | 处理决定数量"),
 * a row with more positions than named columns holds cells that span two positions: when the extra
 * positions are exactly the empty ones right after a written cell, those are span covers, not blanks.
 */
function dropSpanCovers(values: RowCell[], named: number): RowCell[] {
  const excess = values.length - named;
  if (excess <= 0) return values;
  const covers = new Set(values.flatMap((c, i) => (i > 0 && isEmpty(c) && !isEmpty(values[i - 1] as RowCell) ? [i] : [])));
  return covers.size === excess ? values.filter((_, i) => !covers.has(i)) : values;
}

function shapePositionalRow(row: Row, at: Positions, columnHeads: Row | null): Row | null {
  const labels = row.cells.slice(0, at.valueStart).filter((c) => !isEmpty(c));
  const rest = row.cells.slice(at.valueStart);
  if (rest.some((c) => cellShape(c.text) === 'label')) return null;
  const values = rest.filter((_, i) => !at.phantom.has(at.valueStart + i));
  const named = columnHeads?.cells.slice(at.valueStart).filter((c) => !isEmpty(c)).length ?? 0;
  return { ...row, cells: [...labels, ...(named > 0 ? dropSpanCovers(values, named) : values)] };
}

/** A header line that heads the label column and names value columns, e.g. "信息内容 | 本年制发件数 | …". */
function namesColumns(row: Row): boolean {
  return !isEmpty(row.cells[0] as RowCell) && row.cells.filter((c) => !isEmpty(c)).length >= 2;
}

/** Reshapes the data rows of a table; the latest clean Markdown header above a row gives its width. */
export function shapeTable(rows: Row[], keepsPositions: boolean): Row[] {
  const at = keepsPositions ? positions(rows) : null;
  let header: Row | null = null;
  let columnHeads: Row | null = null;
  const out: Row[] = [];
  for (const row of rows) {
    if (row.cells.every(isEmpty)) continue;
    if (!isDataRow(row)) {
      if (row.header) header = isCleanHeader(row) ? row : null;
      columnHeads = namesColumns(row) ? row : null;
      out.push(row);
      continue;
    }
    out.push((at && shapePositionalRow(row, at, columnHeads)) ?? shapeDataRow(row, header));
  }
  return out;
}
