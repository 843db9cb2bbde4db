import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CanonicalReport } from '@nianbao/report';
import { parseDocument } from '../parse-document';
import { buildTemplate, fillTemplate } from '../template';
import { renderDocx, renderGbkText, renderHtml, renderText, renderXlsx } from './index';
import { figures } from './testing/figures';

const FIXTURES = join(__dirname, '../../../../../shared/fixtures');
const documents = [
  'seed/xinxiang-police-2023.txt',
  ...readdirSync(join(FIXTURES, 'real')).filter((f) => /\.(html|md|txt)$/.test(f)).map((f) => `real/${f}`),
  ...readdirSync(join(FIXTURES, 'real/pingtan')).filter((f) => f.endsWith('.html')).map((f) => `real/pingtan/${f}`),
];

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const RENDERERS: [string, (r: CanonicalReport) => Uint8Array | Promise<Uint8Array>][] = [
  ['HTML', (r) => utf8(renderHtml(r))],
  // Markdown is not listed yet: a pipe row whose last cell is blank (shanghai-stcsm-2024's 结转 总计,
  // shanghai-gov-office-2019's 总计 column) is read right-aligned, shifting its figures one column.
  // The text container keeps the positions; the recognizer's per-row width fitting shifts them.
  ['GBK text', renderGbkText],
  ['UTF-8 text', (r) => utf8(renderText(r))],
  ['.docx', renderDocx],
  ['.xlsx', renderXlsx],
  ['filled template', async (r) => fillTemplate(await buildTemplate(r.formatVersion === '2019' ? '2019' : '2021'), r)],
];

/**
 * What the parse reads from a real report, rendered again in every container, reads back the same:
 * the real figures (blank cells, 2019 layouts, fees with decimals) survive each renderer and each
 * container reader.
 */
describe.each(documents)('%s, parsed, rendered and parsed again', (document) => {
  let original: CanonicalReport;
  beforeAll(async () => {
    const outcome = await parseDocument(new Uint8Array(readFileSync(join(FIXTURES, document))));
    if (!outcome.ok) throw new Error(`${document}: ${outcome.reason}`);
    original = outcome.result.report;
  });

  it.each(RENDERERS)('as %s', async (_name, render) => {
    if (original.formatVersion === 'pre2019') return;
    const outcome = await parseDocument(await render(original));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(figures(outcome.result.report)).toEqual(figures(original));
  });
});
