import type { SourceLocation } from '@nianbao/report';
import type { Grid, GridCell } from '../document/document-model';
import { FOOTNOTE_MARK } from '../normalize/cell-value';
import { normalizeLabel } from '../normalize/text';

/** One cell of a table row as recognition sees it: raw text for provenance, normalised for matching. */
export interface RowCell {
  raw: string;
  norm: string;
  source: SourceLocation;
  /** Set by the container on a placeholder for a cell the source lost: why (zh-CN). */
  missing?: string;
}

/** A table row split into its label cells (left) and its value cells (right). */
export interface SplitRow {
  labels: RowCell[];
  values: RowCell[];
  /** Every distinct cell of the row, labels and values. */
  cells: RowCell[];
  /** True when the grid has equal-length rows (HTML, Word, Excel): trailing cells are real columns. */
  rectangular: boolean;
}

function sameSource(a: SourceLocation, b: SourceLocation): boolean {
  if (a === b) return true;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (x[k] !== y[k]) return false;
  for (const k in y) if (!(k in x)) return false;
  return true;
}

// A label with figures run into it ("行政许可 97", "规章 0 0 3"): text extraction lost the column breaks.
const MAX_FUSED_CHARS = 200;
const FIGURE = '[\\d,，.．/-]+(?:万元|元|件|个|项)?';
const FUSED = new RegExp(`^(.*[^\\d\\s,，.．/-])[\\s\\u00a0\\u3000]+(${FIGURE}(?:[\\s\\u00a0\\u3000]+${FIGURE})*)$`);

function cellsOf(cell: GridCell): RowCell[] {
  const read: RowCell = { raw: cell.text, norm: normalizeLabel(cell.text), source: cell.source };
  if (cell.missing !== undefined) return [{ ...read, missing: cell.missing }];
  // Only short cells are labels; the bound also keeps the backtracking regex linear in practice.
  const fused = isValueLike(read.norm) || cell.text.length > MAX_FUSED_CHARS ? null : FUSED.exec(cell.text.trim());
  if (!fused) return [read];
  const label = fused[1] as string;
  const figures = (fused[2] as string).split(/[\s\u00a0\u3000]+/);
  return [
    { raw: label, norm: normalizeLabel(label), source: cell.source },
    ...figures.map((f) => ({ raw: f, norm: normalizeLabel(f), source: cell.source })),
  ];
}

/**
 * Collapses the positions a colspan cell covers into one cell, so a row lists each written cell once,
 * and splits figures run into a label cell off into cells of their own.
 */
export function distinctCells(row: GridCell[]): RowCell[] {
  const out: RowCell[] = [];
  let prev: GridCell | undefined;
  for (const cell of row) {
    if (!(cell.merged && prev && sameSource(prev.source, cell.source))) out.push(...cellsOf(cell));
    prev = cell;
  }
  return out;
}

// What a value cell can hold: blank, a dash or 无, a (signed, grouped, decimal) number, a number with a unit
// or a footnote mark.
const VALUE_LIKE = new RegExp(`^(?:|[\\/\\\\\\-—–―]+|无|不适用|[+-]?[\\d,]+(?:\\.\\d+)?(?:万元|元|件|个|项|条|${FOOTNOTE_MARK})?)$`);

/** `norm` is a normalised label (already half-width, no whitespace). */
export function isValueLike(norm: string): boolean {
  return VALUE_LIKE.test(norm);
}

export function splitRow(row: GridCell[], rectangular: boolean): SplitRow {
  const cells = distinctCells(row);
  let lastLabel = -1;
  cells.forEach((c, i) => {
    if (!isValueLike(c.norm)) lastLabel = i;
  });
  return {
    labels: cells.slice(0, lastLabel + 1).filter((c) => c.norm !== ''),
    values: cells.slice(lastLabel + 1),
    cells,
    rectangular,
  };
}

export function isRectangular(grid: Grid): boolean {
  return grid.length > 0 && grid.every((r) => r.length === (grid[0] as GridCell[]).length);
}

/**
 * Fits a row's value cells to the width the table defines. Flattened text leaves stray empty cells
 * (a tab after the last value, an empty column where a label level is missing); in a rectangular
 * grid trailing blanks are real blank columns, so leading blanks go first there, trailing first in text.
 * Returns null when the row has fewer cells than the width: which one is missing cannot be known.
 */
export function fitValues(values: RowCell[], width: number, rectangular: boolean): RowCell[] | null {
  let start = 0;
  let end = values.length;
  const blank = (i: number): boolean => (values[i] as RowCell).norm === '';
  const dropLeading = (): void => {
    while (end - start > width && blank(start)) start++;
  };
  const dropTrailing = (): void => {
    while (end - start > width && blank(end - 1)) end--;
  };
  if (rectangular) {
    dropLeading();
    dropTrailing();
  } else {
    dropTrailing();
    dropLeading();
  }
  if (end - start < width) return null;
  // More non-blank values than columns: the rightmost ones are the table's columns.
  return values.slice(end - width, end);
}
