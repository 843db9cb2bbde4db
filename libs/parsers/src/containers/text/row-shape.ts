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

/** Reshapes the data rows of a table; the latest clean Markdown header above a row gives its width. */
export function shapeTable(rows: Row[]): Row[] {
  let header: Row | null = null;
  const out: Row[] = [];
  for (const row of rows) {
    if (row.cells.every(isEmpty)) continue;
    if (!isDataRow(row)) {
      if (row.header) header = isCleanHeader(row) ? row : null;
      out.push(row);
      continue;
    }
    out.push(shapeDataRow(row, header));
  }
  return out;
}
