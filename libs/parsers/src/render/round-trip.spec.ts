import type { CanonicalReport } from '@nianbao/report';
import { parseDocument } from '../parse-document';
import { buildTemplate, fillTemplate } from '../template';
import { renderDocx, renderGbkText, renderHtml, renderMarkdown, renderText, renderXlsx } from './index';
import { distinctReport } from './testing/distinct-report';
import { figures, squeeze } from './testing/figures';
import { seedReport } from './testing/seed-report';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

type Renderer = (r: CanonicalReport) => Uint8Array | Promise<Uint8Array>;
const RENDERERS: [string, string, Renderer][] = [
  ['HTML with merged cells', 'html', (r) => utf8(renderHtml(r))],
  ['Markdown pipe tables, full-width digits', 'markdown', (r) => utf8(renderMarkdown(r, { fullWidthDigits: true }))],
  ['Markdown pipe tables', 'markdown', (r) => utf8(renderMarkdown(r))],
  ['tab-flattened UTF-8 text', 'text', (r) => utf8(renderText(r))],
  ['tab-flattened GBK text', 'text', renderGbkText],
  ['Word .docx', 'docx', renderDocx],
  ['Excel .xlsx', 'xlsx', renderXlsx],
  ['the filled official Excel template', 'xlsx', async (r) => fillTemplate(await buildTemplate(r.formatVersion === '2019' ? '2019' : '2021'), r)],
];

describe.each(RENDERERS)('round trip through %s', (_name, container, render) => {
  it.each([
    ['the seed report (2021 format)', seedReport()],
    ['a 2021 report with every figure distinct', distinctReport('2021')],
    ['a 2019-format report with every figure distinct', distinctReport('2019')],
  ])('%s parses back to the same report', async (_label, report) => {
    const outcome = await parseDocument(await render(report));
    if (!outcome.ok) throw new Error(`not parsed: ${outcome.reason}`);
    expect(outcome.container).toBe(container);
    expect(figures(outcome.result.report)).toEqual(figures(report));
    expect(outcome.result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(squeeze(outcome.result.report.sections.problems)).toBe(squeeze(report.sections.problems));
  });
});
