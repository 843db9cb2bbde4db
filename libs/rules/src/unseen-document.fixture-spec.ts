import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applicationCellKeys, disputeCellKeys, setPath, type CanonicalReport, type Finding, type ParseResult } from '@nianbao/report';
import { parseDocument, renderDocx, renderXlsx } from '@nianbao/parsers';
import { locateCell, replaceAt } from './testing/edit-document';
import { validateReport } from './validate-report';

/**
 * A report the rules were not written against: a county bureau's 2024 report in two containers —
 * Markdown with whole pipe tables (fixtures/county-land-bureau-2024.md) and CMS-style HTML with the
 * official merged header cells (…html: the same figures and prose). Its prose is written as agencies
 * write it (收到 141 件，其中自然人 120 件…; 占办结总数的 52.24%; 较上年的 98 件增长 43.9%; 复议维持
 * 2 件; 未收取信息处理费). As written it gives no finding; each injected error gives exactly its findings.
 */
const NOW = new Date('2026-11-26T00:00:00Z');
const CONTAINERS = ['county-land-bureau-2024.md', 'county-land-bureau-2024.html'];

async function parse(document: string | Uint8Array): Promise<ParseResult> {
  const out = await parseDocument(typeof document === 'string' ? Buffer.from(document, 'utf8') : Buffer.from(document));
  if (!out.ok) throw new Error(`not read as a report: ${out.reason}`);
  return out.result;
}
const validate = (r: ParseResult): Finding[] => validateReport({ report: r.report, provenance: r.provenance, now: NOW });

/** A change a reviewer makes in the document: a table cell (found through its provenance) or a phrase of the prose. */
type Edit = { cell: string; value: number } | { from: string; to: string };

async function applyEdits(text: string, edits: readonly Edit[]): Promise<string> {
  let out = text;
  for (const e of edits) {
    if ('from' in e) {
      const at = out.indexOf(e.from);
      if (at < 0 || out.indexOf(e.from, at + 1) >= 0) throw new Error(`"${e.from}" is not in the document exactly once`);
      out = out.slice(0, at) + e.to + out.slice(at + e.from.length);
    } else {
      const parsed = await parse(out);
      const span = locateCell(out, e.cell, parsed.provenance, [...applicationCellKeys('2021'), ...disputeCellKeys()]);
      if (!span) throw new Error(`${e.cell} not found in the document`);
      out = replaceAt(out, span, e.value);
    }
  }
  return out;
}

/** Errors by rule and the cell that closes their equation; other findings by rule and the figure they question. */
const summary = (fs: Finding[]): string[] =>
  fs.map((f) => (f.severity === 'error' ? `${f.rule} ${f.cells.at(-1)}` : `${f.rule}:${f.actual}`)).sort();

const INJECTED: [string, Edit[], string[]][] = [
  // The prose's 自然人 120 件 now disagrees with the table too.
  ['one figure: 本年新收 自然人 120 → 121', [{ cell: 'applications.newReceived.naturalPerson', value: 121 }], ['T3.balance applications.carriedForward.naturalPerson', 'T3.rowTotal applications.newReceived.total', 'TXT.narrative:120']],
  [
    'a row total: 予以公开 总计 58 → 60',
    [{ cell: 'applications.granted.total', value: 60 }],
    // 52.24% is 70 ÷ 134, the prose's own count: the contradiction is reported once, on 70.
    ['T3.outcomeSum applications.totalProcessed.total', 'T3.rowTotal applications.granted.total', 'TXT.narrative:58', 'TXT.narrative:70'],
  ],
  [
    'a column: （七）总计 自然人 116 → 115',
    [{ cell: 'applications.totalProcessed.naturalPerson', value: 115 }],
    ['T3.balance applications.carriedForward.naturalPerson', 'T3.outcomeSum applications.totalProcessed.naturalPerson', 'T3.rowTotal applications.totalProcessed.total'],
  ],
  ['table 四: 行政复议 总计 4 → 5', [{ cell: 'disputes.review.total', value: 5 }], ['T4.groupTotal disputes.review.total', 'TXT.narrative:4']],
  ['table 四: 直接起诉 结果维持 1 → 0', [{ cell: 'disputes.litigationDirect.upheld', value: 0 }], ['T4.groupTotal disputes.litigationDirect.total']],
  ['the prose: 办结134件 → 办结136件', [{ from: '办结134件', to: '办结136件' }], ['TXT.narrative:136', 'TXT.partsSum:134']],
  ['the prose: 复议维持2件 → 复议维持3件', [{ from: '复议维持2件', to: '复议维持3件' }], ['TXT.narrative:3']],
  ['the prose: 结转下年度14件 → 结转下年度15件', [{ from: '结转下年度14件', to: '结转下年度15件' }], ['TXT.narrative:15']],
  [
    'a fee notice left unpaid, against 本年度未收取信息处理费',
    [
      { cell: 'applications.otherHandling.overdueFee.naturalPerson', value: 1 },
      { cell: 'applications.otherHandling.overdueFee.total', value: 1 },
      { cell: 'applications.otherHandling.other.naturalPerson', value: 5 },
      { cell: 'applications.otherHandling.other.total', value: 6 },
    ],
    ['TXT.feeStatement:1'],
  ],
];

describe.each(CONTAINERS)('an unseen report, %s', (file) => {
  const document = readFileSync(resolve(__dirname, 'fixtures', file), 'utf8');

  it('gives no finding as written', async () => {
    expect(validate(await parse(document))).toEqual([]);
  });

  it.each(INJECTED)('with %s: exactly its findings', async (_name, edits, expected) => {
    expect(summary(validate(await parse(await applyEdits(document, edits))))).toEqual([...expected].sort());
  });
});

/**
 * The same report as Word and Excel files, as the platform's own renderers write them: the errors are
 * injected into the report before it is rendered, then the file is parsed and validated.
 */
const RENDERERS: [string, (r: CanonicalReport) => Promise<Uint8Array>][] = [
  ['docx', renderDocx],
  ['xlsx', renderXlsx],
];

describe.each(RENDERERS)('an unseen report rendered as %s', (_kind, render) => {
  const source = readFileSync(resolve(__dirname, 'fixtures/county-land-bureau-2024.md'), 'utf8');

  async function roundTrip(edits: readonly Edit[]): Promise<Finding[]> {
    const report = structuredClone((await parse(source)).report);
    for (const e of edits) {
      if ('from' in e) report.sections.overview = (report.sections.overview ?? '').replace(e.from, e.to);
      else setPath(report as unknown as Record<string, unknown>, e.cell, e.value);
    }
    return validate(await parse(await render(report)));
  }

  it('gives no finding as written', async () => {
    expect(await roundTrip([])).toEqual([]);
  });

  it.each(INJECTED)('with %s: exactly its findings', async (_name, edits, expected) => {
    expect(summary(await roundTrip(edits))).toEqual([...expected].sort());
  });
});
