import { pdfToDocument } from '../containers/pdf';
import { parseDocument } from '../parse-document';
import { renderHtml } from './render-html';
import { createPdfRenderer, type PdfRenderer } from './render-pdf';
import { distinctReport } from './testing/distinct-report';
import { figures, squeeze } from './testing/figures';
import { seedReport } from './testing/seed-report';

/**
 * PDF printed by headless Chromium from the HTML rendering: tables are ruled, table 三 breaks
 * across pages, and wrapped labels come out as several text runs per cell.
 */
describe('round trip through PDF', () => {
  let printer: PdfRenderer;
  beforeAll(async () => {
    printer = await createPdfRenderer();
  }, 30_000);
  afterAll(() => printer.close());

  it.each([
    ['the seed report (2021 format)', seedReport()],
    ['a 2021 report with every figure distinct', distinctReport('2021')],
    ['a 2019-format report with every figure distinct', distinctReport('2019')],
  ])('%s parses back to the same report', async (_label, report) => {
    const outcome = await parseDocument(await printer.render(report));
    if (!outcome.ok) throw new Error(`not parsed: ${outcome.reason}`);
    expect(outcome.container).toBe('pdf');
    expect(figures(outcome.result.report)).toEqual(figures(report));
    expect(outcome.result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(squeeze(outcome.result.report.sections.other)).toBe(squeeze(report.sections.other));
  }, 30_000);

  it('reads a header printed one character per line, and a table broken across pages, as whole cells', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `<tr><td>第${i + 1}行</td><td>${i}</td><td>${i * 2}</td></tr>`).join('');
    const html = `<html><head><meta charset="utf-8"><style>td,th{border:1px solid #000}table{border-collapse:collapse}</style></head><body>
      <table><tr><th>项目</th><th style="width:1em">商业企业</th><th style="width:1em">科研机构</th></tr>${rows}</table></body></html>`;
    const read = await pdfToDocument(await printer.print(html));
    if (!read.ok) throw new Error(read.reason);
    const tables = read.doc.blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    const grid = tables[0]?.type === 'table' ? tables[0].grid : [];
    expect(grid[0]?.map((c) => c.text)).toEqual(['项目', '商业企业', '科研机构']);
    expect(grid).toHaveLength(61);
    expect(grid[60]?.map((c) => c.text)).toEqual(['第60行', '59', '118']);
    expect(new Set(grid.map((row) => (row[0]?.source.type === 'table' ? row[0].source.page : 0))).size).toBeGreaterThan(1);
  }, 30_000);

  it('reads tables printed without borders: no figure wrong, the key rows present, every gap a finding', async () => {
    const report = distinctReport('2021');
    const borderless = renderHtml(report).replace('border:1px solid #000', 'border:none').replace('background:#f2f2f2', 'background:none');
    const outcome = await parseDocument(await printer.print(borderless));
    if (!outcome.ok) throw new Error(`not parsed: ${outcome.reason}`);
    const want = figures(report);
    const got = figures(outcome.result.report);
    const read = Object.keys(want).filter((k) => got[k] !== null);
    expect(Object.fromEntries(read.map((k) => [k, got[k]]))).toEqual(Object.fromEntries(read.map((k) => [k, want[k]])));
    for (const row of ['newReceived', 'carriedOver', 'granted', 'totalProcessed']) {
      expect(got[`applications.${row}.total`]).toBe(want[`applications.${row}.total`]);
    }
    expect(read.length).toBeGreaterThan(Object.keys(want).length * 0.8);
    const missing = Object.keys(want).filter((k) => got[k] === null);
    const named = new Set(outcome.result.findings.flatMap((f) => f.cells));
    expect(missing.filter((k) => !named.has(k))).toEqual([]);
  }, 30_000);
});
