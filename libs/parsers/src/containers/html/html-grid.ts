import type { Grid, GridCell } from '../../document/document-model';

/** One <td>/<th> as read from the markup, before spans are expanded. */
export interface RawCell {
  text: string;
  rowspan: number;
  colspan: number;
}

// Spans beyond these are typos or attacks ("colspan=99999"); real report tables are ~20 columns wide.
const MAX_COLSPAN = 64;
const MAX_ROWSPAN = 512;
const MAX_GRID_CELLS = 100_000;

export function spanValue(attr: string | undefined, max: number): number {
  const n = Number.parseInt(attr ?? '', 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, max);
}

export const SPAN_LIMITS = { colspan: MAX_COLSPAN, rowspan: MAX_ROWSPAN } as const;

/**
 * Expands rowspan/colspan: a merged cell's text is repeated in every position it covers, the
 * covered positions flagged `merged`. Holes inside a row are filled with empty cells; rows are not
 * padded on the right, so a short row stays visibly short.
 */
export function expandGrid(rows: RawCell[][], table: number): Grid {
  const grid: (GridCell | undefined)[][] = rows.map(() => []);
  let cells = 0;
  rows.forEach((rawRow, r) => {
    let col = 0;
    rawRow.forEach((raw, i) => {
      const line = grid[r] as (GridCell | undefined)[];
      while (line[col] !== undefined) col++;
      const source = { type: 'table' as const, table, row: r + 1, cell: i + 1 };
      const lastRow = Math.min(rows.length, r + raw.rowspan);
      for (let rr = r; rr < lastRow; rr++) {
        const target = grid[rr] as (GridCell | undefined)[];
        for (let cc = col; cc < col + raw.colspan; cc++) {
          if (target[cc] !== undefined || cells >= MAX_GRID_CELLS) continue;
          target[cc] = rr === r && cc === col ? { text: raw.text, source } : { text: raw.text, source, merged: true };
          cells++;
        }
      }
      col += raw.colspan;
    });
  });
  return grid.map((line, r) =>
    Array.from(line, (cell, c) => cell ?? { text: '', source: { type: 'table' as const, table, row: r + 1, cell: c + 1 } }),
  );
}
