import { parseDocument } from '../parse-document';
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
});
