import type { CanonicalReport } from '@nianbao/report';
import ExcelJS from 'exceljs';
import { reportLayout, type LayoutBlock, type LayoutOptions, type LayoutTable } from './layout';

const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export interface XlsxLayout {
  workbook: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
  /**
   * Where each fillable cell sits: table values by canonical key (`applications.granted.total` →
   * `J31`), `title`, and the prose sections (`sections.overview` …) when they have a cell.
   */
  addresses: Map<string, string>;
}

/**
 * One sheet, read top to bottom like the document: title, headings and paragraphs each in a single
 * unbordered cell of column A, tables bordered with the official merges. Figures are numbers.
 */
export function buildReportWorkbook(report: CanonicalReport, options: Pick<LayoutOptions, 'emptyProse'> = {}): XlsxLayout {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'nianbao';
  const sheet = workbook.addWorksheet('年度报告');
  sheet.columns = Array.from({ length: 15 }, (_, i) => ({ width: i < 3 ? 18 : 12 }));
  const addresses = new Map<string, string>();
  let row = 1;
  for (const block of reportLayout(report, options)) row = writeBlock(sheet, block, row, addresses);
  return { workbook, sheet, addresses };
}

export async function renderXlsx(report: CanonicalReport): Promise<Uint8Array> {
  const { workbook } = buildReportWorkbook(report);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function writeBlock(sheet: ExcelJS.Worksheet, block: LayoutBlock, row: number, addresses: Map<string, string>): number {
  if (block.type === 'table') return writeTable(sheet, block.table, row, addresses) + 1;
  const cell = sheet.getCell(row, 1);
  cell.value = block.text;
  if (block.type === 'title') addresses.set('title', cell.address);
  if (block.type === 'paragraph' && !addresses.has(block.section)) addresses.set(block.section, cell.address);
  if (block.type !== 'paragraph') cell.font = { bold: true, size: block.type === 'title' ? 16 : 12 };
  return row + 1;
}

function writeTable(sheet: ExcelJS.Worksheet, table: LayoutTable, top: number, addresses: Map<string, string>): number {
  const taken = new Set<string>();
  table.rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken.has(`${r},${c}`)) c++;
      const rows = cell.rowspan ?? 1;
      const cols = cell.colspan ?? 1;
      for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < cols; dc++) taken.add(`${r + dr},${c + dc}`);
      const target = sheet.getCell(top + r, c + 1);
      // Figures go in as numbers, so that the sheet sums and formats them like any agency workbook.
      target.value = cell.key ? (cell.text === '' ? null : Number(cell.text)) : cell.text;
      target.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      if (cell.key) addresses.set(cell.key, target.address);
      for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < cols; dc++) sheet.getCell(top + r + dr, c + 1 + dc).border = BORDER;
      if (rows > 1 || cols > 1) sheet.mergeCells(top + r, c + 1, top + r + rows - 1, c + cols);
      c += cols;
    }
  });
  return top + table.rows.length;
}
