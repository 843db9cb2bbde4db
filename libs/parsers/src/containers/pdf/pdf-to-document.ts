import type { Block, DocumentModel, GridCell } from '../../document/document-model';
import type { RejectionCode } from '../../intake';
import { findRuledTables, type RuledTable } from './lattice';
import { loadPdfJs, PDFJS_DATA } from './load-pdfjs';
import { looseLines, splitBorderless } from './loose-lines';
import { readPageContent, type PageContent } from './page-content';

export type PdfRead = { ok: true; doc: DocumentModel } | { ok: false; code: RejectionCode; reason: string };

/** Pages beyond this are not read: an annual report is a few pages, a 500-page PDF is something else. */
const MAX_PAGES = 60;
/** A report's pages read in well under a second each; a file that takes longer than this is hostile or broken. */
const DEFAULT_TIME_BUDGET_MS = 20_000;

export interface PdfReadOptions {
  timeBudgetMs?: number;
}

/**
 * PDF to the document model from the text layer: ruled tables are rebuilt cell by cell from their
 * borders (see lattice.ts) and continued across page breaks; tables drawn without borders are read
 * row by row from the gaps between their cells (loose-lines.ts); the other text becomes lines; page
 * numbers are dropped. A PDF without text (a scan) is refused with its reason.
 */
export async function pdfToDocument(bytes: Uint8Array, { timeBudgetMs = DEFAULT_TIME_BUDGET_MS }: PdfReadOptions = {}): Promise<PdfRead> {
  const started = performance.now();
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of (detaches) the buffer it is given, and refuses a Node Buffer: hand it
  // a plain Uint8Array copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0, ...PDFJS_DATA });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (err) {
    await task.destroy();
    if ((err as { name?: string }).name === 'PasswordException') {
      return { ok: false, code: 'unsupported_format', reason: 'PDF 已加密，需要密码才能打开；请提交未加密的 PDF 或 Word 文档' };
    }
    throw err;
  }
  try {
    if (pdf.numPages > MAX_PAGES) return { ok: false, code: 'corrupt_document', reason: `PDF 共 ${pdf.numPages} 页，超过年度报告的合理页数（${MAX_PAGES}）` };
    const ops = pdfjs.OPS as unknown as Record<string, number>;
    const pages: PageContent[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      if (performance.now() - started > timeBudgetMs) {
        return { ok: false, code: 'corrupt_document', reason: `PDF 读取超时：${Math.round(timeBudgetMs / 1000)} 秒内只读完 ${p - 1}/${pdf.numPages} 页` };
      }
      pages.push(await readPageContent(await pdf.getPage(p), ops));
    }
    if (pages.every((page) => page.runs.length === 0)) {
      return { ok: false, code: 'no_text_layer', reason: `PDF 没有文字层（${pdf.numPages} 页均无可提取的文字，可能是扫描件），请提交含文字的 PDF 或 Word 文档` };
    }
    return { ok: true, doc: { container: 'pdf', blocks: pagesToBlocks(pages) } };
  } finally {
    await task.destroy();
  }
}

type Placed = { top: number; block: Block; table?: RuledTable; borderless?: boolean };

function pagesToBlocks(pages: PageContent[]): Block[] {
  const blocks: Block[] = [];
  let open: { columns: number[]; block: Extract<Block, { type: 'table' }>; page: number; index: number } | undefined;
  let tableCount = 0;
  const borderlessTables = new Set<Block>();
  for (const page of pages) {
    const { tables, loose } = findRuledTables(page.rules, page.runs);
    const placed: Placed[] = [
      ...tables.map((table): Placed => ({ top: table.top, table, block: { type: 'table', grid: [], source: { type: 'page', page: page.page } } })),
      ...splitBorderless(looseLines(loose).filter((l) => !isPageNumber(l.text))).map((part, i): Placed =>
        part.kind === 'text'
          ? { top: part.line.top, block: { type: 'text', text: part.line.text, source: { type: 'page', page: page.page, line: i + 1 } } }
          : { top: part.top, borderless: true, block: { type: 'table', grid: part.rows.map((row) => row.map((text) => ({ text, source: { type: 'page', page: page.page } }))), source: { type: 'page', page: page.page } } },
      ),
    ].sort((a, b) => a.top - b.top);
    placed.forEach((item, index) => {
      if (item.borderless && item.block.type === 'table') {
        const previous = blocks.at(-1);
        if (index === 0 && previous?.type === 'table' && borderlessTables.has(previous)) {
          previous.grid.push(...numberRows(item.block.grid, tableCount, previous.grid.length, page.page));
          return;
        }
        tableCount++;
        item.block.grid = numberRows(item.block.grid, tableCount, 0, page.page);
        borderlessTables.add(item.block);
        blocks.push(item.block);
        return;
      }
      if (item.table && item.block.type === 'table') {
        const continued = index === 0 && open && open.page === page.page - 1 && blocks.at(-1) === open.block && sameOutline(open.columns, item.table.columns);
        if (continued && open) {
          const columns = unionColumns(open.columns, item.table.columns);
          const rows = tableGrid(item.table, page.page, open.index, open.block.grid.length);
          open.block.grid = [...regrid(open.block.grid, open.columns, columns), ...regrid(rows, item.table.columns, columns)];
          open = { ...open, columns, page: page.page };
          return;
        }
        tableCount++;
        item.block.grid = tableGrid(item.table, page.page, tableCount, 0);
        open = { columns: item.table.columns, block: item.block, page: page.page, index: tableCount };
      }
      blocks.push(item.block);
    });
  }
  return blocks;
}

/** A table cut by a page break keeps its outer borders; inner columns may show merged on one side. */
function sameOutline(a: number[], b: number[]): boolean {
  return Math.abs((a[0] as number) - (b[0] as number)) <= 2 && Math.abs((a.at(-1) as number) - (b.at(-1) as number)) <= 2;
}

function unionColumns(a: number[], b: number[]): number[] {
  const out: number[] = [];
  for (const x of [...a, ...b].sort((p, q) => p - q)) if (out.length === 0 || x - (out.at(-1) as number) > 2) out.push(x);
  return out;
}

/** Re-expresses a grid on finer column boundaries: a column that spans several repeats its cell, marked merged. */
function regrid(grid: GridCell[][], from: number[], to: number[]): GridCell[][] {
  const owner = to.slice(0, -1).map((x, k) => {
    const centre = (x + (to[k + 1] as number)) / 2;
    let j = 0;
    while (j + 2 < from.length && centre >= (from[j + 1] as number)) j++;
    return j;
  });
  return grid.map((row) => owner.map((j, k) => {
    const cell = row[j] as GridCell;
    return k > 0 && owner[k - 1] === j ? { ...cell, merged: true } : cell;
  }));
}

/** Cells point at their merged cell's top-left, numbered across the whole table as HTML's are. */
function tableGrid(table: RuledTable, page: number, index: number, rowOffset: number): GridCell[][] {
  return table.cells.map((row) =>
    row.map((c) => ({ text: c.text, ...(c.merged ? { merged: true } : {}), source: { type: 'table', table: index, row: rowOffset + c.row + 1, cell: c.col + 1, page } })),
  );
}

/** Borderless rows name their table, row and position in the row, as ruled cells do. */
function numberRows(grid: GridCell[][], table: number, rowOffset: number, page: number): GridCell[][] {
  return grid.map((row, r) => row.map((c, j) => ({ text: c.text, source: { type: 'table', table, row: rowOffset + r + 1, cell: j + 1, page } })));
}

const PAGE_NUMBER = /^[-—–－\s]*(第\s*)?\d{1,3}(\s*页)?([\s/／共]*\d{0,3}\s*页?)?[-—–－\s]*$/;
function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text);
}
