import type { Block, DocumentModel, Grid, GridCell } from '../../document/document-model';
import { readWorkbook, type SheetData } from './spreadsheet-ml';

/**
 * Reads a workbook into the document model, sheet by sheet, top to bottom. A row holding a single
 * unbordered cell, or one range merged across it, is prose (a title, a heading, a paragraph); runs of other rows are
 * tables, with merged ranges expanded so that every covered position shows the master's text.
 * Hidden sheets (the template's key sheet among them) are not read.
 */
export function xlsxToDocument(bytes: Uint8Array): DocumentModel {
  const blocks: Block[] = [];
  let tableIndex = 0;
  for (const sheet of readWorkbook(bytes)) {
    if (!sheet.visible) continue;
    for (const block of sheetBlocks(sheet)) {
      if (block.kind === 'text') {
        blocks.push({ type: 'text', text: block.text, source: { type: 'table', table: tableIndex, row: block.row, cell: block.col, sheet: sheet.name } });
        continue;
      }
      const grid = block.rows.map((cells) =>
        cells.map((c): GridCell => ({ text: c.text, ...(c.merged ? { merged: true } : {}), source: { type: 'table', table: tableIndex, row: c.masterRow, cell: c.masterCol, sheet: sheet.name } })),
      );
      blocks.push({ type: 'table', grid: grid as Grid, source: { type: 'table', table: tableIndex, row: block.rows[0]?.[0]?.row ?? 1, cell: 1, sheet: sheet.name } });
      tableIndex++;
    }
  }
  return { container: 'xlsx', blocks };
}

interface SheetCell {
  text: string;
  /** The cell as it was written, line breaks kept (prose cells become one text block per line). */
  written: string;
  row: number;
  col: number;
  /** The merged range's top-left, which covered positions name as their source, as HTML's do. */
  masterRow: number;
  masterCol: number;
  /** Covered by a merge whose master is elsewhere. */
  merged: boolean;
  /** Part of a merged range (master or covered). */
  inMerge: boolean;
  /** Drawn with a border: table cells are, prose cells are not — an empty template row still belongs to its table. */
  bordered: boolean;
}

type SheetBlock = { kind: 'text'; text: string; row: number; col: number } | { kind: 'table'; rows: SheetCell[][] };

function sheetBlocks(sheet: SheetData): SheetBlock[] {
  const masters = new Map<string, [number, number]>();
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) masters.set(`${r},${c}`, [m.top, m.left]);
  }
  const rows: SheetCell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells: SheetCell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const [masterRow, masterCol] = masters.get(`${r},${c}`) ?? [r, c];
      const written = sheet.cells.get(`${masterRow},${masterCol}`)?.text ?? '';
      cells.push({
        text: collapse(written),
        written,
        row: r,
        col: c,
        masterRow,
        masterCol,
        merged: masterRow !== r || masterCol !== c,
        inMerge: masters.has(`${r},${c}`),
        bordered: sheet.cells.get(`${r},${c}`)?.bordered ?? false,
      });
    }
    rows.push(cells);
  }

  const kinds = rows.map(rowKind);
  const blocks: SheetBlock[] = [];
  let table: SheetCell[][] = [];
  const flush = (): void => {
    if (table.length) blocks.push({ kind: 'table', rows: trimColumns(table) });
    table = [];
  };
  const bordered = rows.map((cells) => cells.some((c) => c.bordered));
  kinds.forEach((kind, i) => {
    const cells = rows[i] as SheetCell[];
    // A merged line heads an unbordered table that follows it directly; above a bordered table or prose it is a heading.
    const isProse =
      (kind === 'single' && !(kinds[i - 1] === 'table' && kinds[i + 1] === 'table')) ||
      (kind === 'merged' && !(kinds[i + 1] === 'table' && !bordered[i + 1]));
    if (kind === 'empty') return flush();
    if (isProse) {
      flush();
      const cell = cells.find((c) => c.text !== '') as SheetCell;
      for (const line of cell.written.split(/\r?\n/)) {
        if (line.trim() !== '') blocks.push({ kind: 'text', text: line.trim(), row: cell.row, col: cell.col });
      }
      return;
    }
    table.push(cells);
  });
  flush();
  return blocks;
}

/**
 * 'single': one unmerged, unbordered non-empty cell — prose, unless a table lies on both sides of it.
 * 'merged': one unbordered range merged across the row (a title or heading centred over A1:J1, or
 * the merged header line of an unbordered table): every filled position names the same master.
 */
function rowKind(cells: SheetCell[]): 'empty' | 'single' | 'merged' | 'table' {
  if (cells.filter((c) => c.bordered).length >= 2) return 'table';
  const filled = cells.filter((c) => c.text !== '');
  if (filled.length === 0) return 'empty';
  const first = filled[0] as SheetCell;
  if (filled.length === 1 && !first.inMerge) return 'single';
  const oneMerge = cells.every((c) => !c.inMerge || (c.masterRow === first.masterRow && c.masterCol === first.masterCol));
  if (first.inMerge && first.masterRow === first.row && oneMerge && filled.every((c) => c.masterCol === first.masterCol)) return 'merged';
  return 'table';
}

/** Drops the columns that are empty in every row of a table (sheets often have a margin column). */
function trimColumns(rows: SheetCell[][]): SheetCell[][] {
  const width = Math.max(...rows.map((r) => r.length));
  const keep = Array.from({ length: width }, (_, c) => rows.some((r) => (r[c]?.text ?? '') !== ''));
  return rows.map((r) => r.filter((_, c) => keep[c]));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
