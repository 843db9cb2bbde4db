import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '@nianbao/report';
import { parseDocument } from '@nianbao/parsers';
import { validateReport } from './validate-report';

/**
 * A report the rules were not written against: fixtures/county-land-bureau-2024.md, a county bureau's
 * 2024 report as Markdown with whole pipe tables, its prose written as agencies write it (收到 141
 * 件，其中自然人 120 件…; 占办结总数的 52.24%; 较上年的 98 件增长 43.9%; 复议维持 2 件; 未收取信息处理费).
 * The clean document gives no finding at all; each injected error gives exactly its findings.
 */
const DOCUMENT = readFileSync(resolve(__dirname, 'fixtures/county-land-bureau-2024.md'), 'utf8');
const NOW = new Date('2026-11-26T00:00:00Z');

function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" is not in the document exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

async function findings(text: string): Promise<Finding[]> {
  const out = await parseDocument(Buffer.from(text, 'utf8'));
  if (!out.ok) throw new Error(`not read as a report: ${out.reason}`);
  return validateReport({ report: out.result.report, provenance: out.result.provenance, now: NOW });
}

/** Errors by rule and the cell that closes their equation; prose findings by rule and the figure they question. */
const summary = (fs: Finding[]): string[] =>
  fs.map((f) => (f.severity === 'error' ? `${f.rule} ${f.cells.at(-1)}` : `${f.rule}:${f.actual}`)).sort();

it('the clean document gives no finding', async () => {
  expect(await findings(DOCUMENT)).toEqual([]);
});

const NEW_ROW = '| 一、本年新收政府信息公开申请数量 |  | 120 | 15 | 2 | 1 | 3 | 0 | 141 |';
const GRANTED_ROW = '| 三、本年度办理结果 | （一）予以公开 | 50 | 6 | 1 | 0 | 1 | 0 | 58 |';
const TOTAL_ROW = '|  | （七）总计 | 116 | 13 | 2 | 1 | 2 | 0 | 134 |';
const DISPUTES_ROW = '| 2 | 1 | 0 | 1 | 4 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |';

const INJECTED: [string, string, string, string[]][] = [
  [
    'one figure: 本年新收 自然人 120 → 121',
    NEW_ROW,
    NEW_ROW.replace('| 120 |', '| 121 |'),
    // The prose's 自然人 120 件 now disagrees with the table too.
    ['T3.balance applications.carriedForward.naturalPerson', 'T3.rowTotal applications.newReceived.total', 'TXT.narrative:120'],
  ],
  [
    'a row total: 予以公开 总计 58 → 60',
    GRANTED_ROW,
    GRANTED_ROW.replace('| 58 |', '| 60 |'),
    ['T3.outcomeSum applications.totalProcessed.total', 'T3.rowTotal applications.granted.total', 'TXT.narrative:58', 'TXT.narrative:70', 'TXT.narrative:52.24%'],
  ],
  [
    'a column: （七）总计 自然人 116 → 115',
    TOTAL_ROW,
    TOTAL_ROW.replace('| 116 |', '| 115 |'),
    ['T3.balance applications.carriedForward.naturalPerson', 'T3.outcomeSum applications.totalProcessed.naturalPerson', 'T3.rowTotal applications.totalProcessed.total'],
  ],
  ['table 四: 行政复议 总计 4 → 5', DISPUTES_ROW, DISPUTES_ROW.replace('| 1 | 4 |', '| 1 | 5 |'), ['T4.groupTotal disputes.review.total', 'TXT.narrative:4']],
  ['the prose: 办结134件 → 办结136件', '办结134件', '办结136件', ['TXT.narrative:136', 'TXT.partsSum:134']],
  ['the prose: 复议维持2件 → 复议维持3件', '复议维持2件', '复议维持3件', ['TXT.narrative:3']],
];

describe.each(INJECTED)('injected into the document — %s', (_name, from, to, expected) => {
  it(`gives ${expected.join(', ')}`, async () => {
    expect(summary(await findings(edit(DOCUMENT, from, to)))).toEqual([...expected].sort());
  });
});

it('a fee notice left unpaid contradicts 本年度未收取信息处理费', async () => {
  const text = edit(
    edit(DOCUMENT, '| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |'),
    '|  | 3.其他 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |',
    '|  | 3.其他 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |',
  );
  const fs = await findings(text);
  expect(fs.map((f) => [f.rule, f.cells, f.actual])).toEqual([['TXT.feeStatement', ['sections.other', 'applications.otherHandling.overdueFee.total'], 1]]);
});
