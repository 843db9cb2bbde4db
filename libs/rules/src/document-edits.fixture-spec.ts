import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applicationCellKeys, disputeCellKeys, getPath, type CellProvenance, type Finding, type ParseResult } from '@nianbao/report';
import { parseDocument } from '@nianbao/parsers';
import { checkCarryOver } from './cross';
import { extractStatements, type Statement } from './prose/stated-figures';
import { fmt } from './engine/finding';
import { findingFingerprint } from './fingerprint';
import { tableEquations, type Equation } from './table/equations';
import { locateCell, locateProseFigure, replaceAt } from './testing/edit-document';
import { validateReport } from './validate-report';

/**
 * The path a reviewer takes: change one figure in the text of a real document, parse it again and
 * validate. Each test copies the document into memory at run time; /work/shared stays untouched.
 */
const SHARED = resolve(__dirname, '../../../..', 'shared');
const NOW = new Date('2026-11-26T00:00:00Z');

async function parseText(text: string, name: string): Promise<ParseResult> {
  const out = await parseDocument(Buffer.from(text, 'utf8'));
  if (!out.ok) throw new Error(`${name} was not read as a report after the edit: ${out.reason}`);
  return out.result;
}
const read = (document: string): string => readFileSync(resolve(SHARED, document), 'utf8');
const validate = (r: ParseResult): Finding[] => validateReport({ report: r.report, provenance: r.provenance, now: NOW });

/** A cell as an equation reads it: a number, blank (0) or unreadable text. */
function operand(r: ParseResult, key: string): { value: number; blank: boolean; text: boolean } {
  const v = getPath(r.report, key);
  if (typeof v === 'number') return { value: v, blank: false, text: false };
  return { value: 0, blank: true, text: r.provenance[key]?.kind === 'text' };
}

/**
 * What the engine must say about `eq` in the edited report, computed from the cells alone: nothing
 * when it holds, not_assessable when a checked total is blank, every part is blank or a cell is
 * unreadable, otherwise a failure with both sums.
 */
function expectedOutcome(r: ParseResult, eq: Equation): { outcome: 'fail' | 'not_assessable'; expected: number; actual: number } | null {
  const parts = eq.parts.map((t) => operand(r, t.key));
  const checked = eq.checked.map((t) => operand(r, t.key));
  const expected = parts.reduce((s, o) => s + o.value, 0);
  const actual = checked.reduce((s, o) => s + o.value, 0);
  if ([...parts, ...checked].some((o) => o.text)) return { outcome: 'not_assessable', expected, actual };
  if (expected === actual) return null;
  const unassessable = checked.some((o) => o.blank) || parts.every((o) => o.blank);
  return { outcome: unassessable ? 'not_assessable' : 'fail', expected, actual };
}

/**
 * Raises every numeric cell of tables 三 and 四 by one in the document, re-parses and validates;
 * returns what went wrong, one line per cell, so that a failure lists every cell at once.
 */
async function editEveryCell(document: string): Promise<{ cells: number; problems: string[] }> {
  const source = read(document);
  const original = await parseText(source, document);
  const format = original.report.formatVersion;
  const order = [...applicationCellKeys(format), ...disputeCellKeys()];
  const baseline = new Set(validate(original).map(findingFingerprint));
  const keys = order.filter((k) => typeof getPath(original.report, k) === 'number');
  const problems: string[] = [];
  for (const key of keys) {
    const before = getPath(original.report, key) as number;
    const span = locateCell(source, key, original.provenance, order);
    if (!span) {
      problems.push(`${key}: figure ${JSON.stringify(original.provenance[key]?.raw)} not found at ${JSON.stringify(original.provenance[key]?.source)}`);
      continue;
    }
    const edited = await parseText(replaceAt(source, span, before + 1), document);
    const moved = order.filter((k) => getPath(edited.report, k) !== (k === key ? before + 1 : getPath(original.report, k)));
    if (moved.length > 0) {
      problems.push(`${key}: the edited document parses differently at ${moved.join(', ')}`);
      continue;
    }
    const fresh = validate(edited).filter((f) => !baseline.has(findingFingerprint(f)));
    if (!fresh.some((f) => f.severity === 'error' && f.cells.includes(key))) problems.push(`${key}: no new error names it`);
    for (const eq of tableEquations(format).filter((e) => e.cells.includes(key))) {
      const want = expectedOutcome(edited, eq);
      const got = fresh.find((f) => f.rule === eq.rule && f.cells.join() === eq.cells.join());
      if (!want) continue;
      if (!got || got.outcome !== want.outcome) {
        problems.push(`${key}: ${eq.scope} should be ${want.outcome}, got ${got?.outcome ?? 'nothing'}`);
        continue;
      }
      if (want.outcome === 'not_assessable') continue;
      const term = [...eq.parts, ...eq.checked].find((t) => t.key === key);
      const stated = [got.expected, got.actual].join(' vs ');
      if (got.expected !== want.expected || got.actual !== want.actual) problems.push(`${key}: ${eq.rule} states ${stated}, the cells give ${want.expected} vs ${want.actual}`);
      // The cell by its label with its new figure, the scope that names the other dimension, both sums.
      const zhCell = `${term?.label}${fmt(before + 1)}`;
      if (!got.message.startsWith(`${eq.scope}：`) || !got.message.includes(zhCell) || !/ ≠ /.test(got.message)) problems.push(`${key}: message "${got.message}" lacks "${eq.scope}：", "${zhCell}" or ≠`);
      const en = got.messageEn ?? '';
      if (!en.startsWith(`${eq.scopeEn}: `) || !en.includes(`${term?.labelEn} ${fmt(before + 1)}`)) problems.push(`${key}: English message "${got.messageEn}" does not name ${term?.labelEn} ${before + 1}`);
      for (const sum of [want.expected, want.actual]) if (!got.message.includes(fmt(sum))) problems.push(`${key}: message "${got.message}" lacks the sum ${sum}`);
    }
  }
  return { cells: keys.length, problems };
}

const DOCUMENTS: [string, string, number][] = [
  // [document, container, numeric cells of tables 三 and 四 the parse holds (a floor, so that a parse that drops a table fails)]
  ['fixtures/seed/xinxiang-police-2023.txt', 'tab-separated text', 150],
  ['fixtures/real/pingtan/pingtan-2023.html', 'Office HTML', 150],
  ['fixtures/real/shuyang-gov-2025.txt', 'pipe tables cut per item', 150],
  ['fixtures/real/shanghai-gov-office-2019.html', 'CMS HTML, 2019 layout, 总计 column blank', 20],
  ['fixtures/real/shanghai-gov-office-2025.md', 'Markdown from a PDF', 150],
  ['fixtures/real/shanghai-stcsm-2024.md', 'broken Markdown tables from a PDF', 100],
  ['fixtures/real/shuyang-drc-2023.html', 'crawled CMS HTML, 法人 cells blank', 50],
  ['fixtures/real/pingtan/pingtan-2019.html', 'Office HTML, 2019 layout', 100],
  ['fixtures/real/pingtan/pingtan-2020.html', 'Office HTML, 2019 layout, （七）总计 wrong', 100],
  ['fixtures/real/pingtan/pingtan-2021.html', 'Office HTML, malformed header', 150],
  ['fixtures/real/pingtan/pingtan-2022.html', 'Office HTML', 150],
  ['fixtures/real/pingtan/pingtan-2024.html', 'Office HTML', 150],
  ['fixtures/real/pingtan/pingtan-2025.html', 'Office HTML', 150],
];

describe.each(DOCUMENTS)('%s (%s): one figure of tables 三/四 raised by 1 in the document', (document, _container, floor) => {
  it('parses to that one change and is found on the cells of every equation it breaks, with both sums', async () => {
    const { cells, problems } = await editEveryCell(document);
    expect(cells).toBeGreaterThanOrEqual(floor);
    expect(problems).toEqual([]);
  });
});

/**
 * Every figure the prose attributes to a cell, raised by 1 in the document: the re-parse keeps its
 * tables, and TXT.narrative reports the changed figure on the prose section — and nothing but prose
 * rules fires.
 */
async function editEveryStatement(document: string): Promise<{ tried: number; problems: string[] }> {
  const source = read(document);
  const original = await parseText(source, document);
  const baseline = new Set(validate(original).map(findingFingerprint));
  const tables = [...applicationCellKeys(original.report.formatVersion), ...disputeCellKeys()];
  // Table 二's counts are checked in the 2021 layout only (the 2019 table 二 counts other things).
  const checkable = (st: Statement): boolean => st.value > 0 && (st.target.kind !== 'active' || original.report.formatVersion === '2021');
  const statements = extractStatements(original.report.sections, original.report.year, original.report.agency.name).filter(checkable);
  const problems: string[] = [];
  let tried = 0;
  for (const st of statements) {
    const span = locateProseFigure(source, st.clause, st.value);
    if (!span) continue;
    tried++;
    const changed = st.value + 1;
    const edited = await parseText(replaceAt(source, span, changed), document);
    const moved = tables.filter((k) => getPath(edited.report, k) !== getPath(original.report, k));
    if (moved.length > 0) problems.push(`"${st.clause}": the edit moved table cells ${moved.join(', ')}`);
    const fresh = validate(edited).filter((f) => !baseline.has(findingFingerprint(f)));
    const other = fresh.filter((f) => !f.rule.startsWith('TXT.'));
    if (other.length > 0) problems.push(`"${st.clause}": the edit set off ${other.map((f) => f.rule).join(', ')}`);
    const hit = fresh.filter((f) => f.rule === 'TXT.narrative' && f.actual === changed);
    if (hit.length !== 1) problems.push(`"${st.clause}" with ${changed}: ${hit.length} TXT.narrative findings, not 1`);
    else if (hit[0]?.cells[0] !== `sections.${st.section}` || hit[0]?.expected === changed || !hit[0]?.message.includes(`所述 ${changed} 件`)) problems.push(`"${st.clause}": finding ${JSON.stringify(hit[0])}`);
  }
  return { tried, problems };
}

const PROSE_DOCUMENTS: [string, number][] = [
  // [document, figures of its prose the test must find in the source and change (a floor)]
  ['fixtures/seed/xinxiang-police-2023.txt', 3],
  ['fixtures/real/shuyang-gov-2025.txt', 6],
  ['fixtures/real/shanghai-gov-office-2025.md', 8],
  ['fixtures/real/pingtan/pingtan-2023.html', 13],
  ['fixtures/real/shuyang-drc-2023.html', 1],
  ['fixtures/real/shanghai-gov-office-2019.html', 10],
  ['fixtures/real/shanghai-stcsm-2024.md', 8],
  ['fixtures/real/pingtan/pingtan-2020.html', 1],
  ['fixtures/real/pingtan/pingtan-2021.html', 3],
  ['fixtures/real/pingtan/pingtan-2022.html', 7],
  ['fixtures/real/pingtan/pingtan-2024.html', 2],
  ['fixtures/real/pingtan/pingtan-2025.html', 5],
];

describe.each(PROSE_DOCUMENTS)('%s: a figure of the prose changed in the document', (document, floor) => {
  it('is reported by TXT.narrative on its section, and no table rule fires', async () => {
    const { tried, problems } = await editEveryStatement(document);
    expect(tried).toBeGreaterThanOrEqual(floor);
    expect(problems).toEqual([]);
  });
});

describe('平潭综合实验区 2021 → 2022: 上年结转 changed in the 2022 document', () => {
  it('X.carryOver names the 2022 cell and the 2021 cell it should equal', async () => {
    const r2021 = { ref: 'pingtan-2021', ...(await parseText(read('fixtures/real/pingtan/pingtan-2021.html'), 'pingtan-2021')) };
    const source = read('fixtures/real/pingtan/pingtan-2022.html');
    const original = await parseText(source, 'pingtan-2022');
    const key = 'applications.carriedOver.naturalPerson';
    const order = applicationCellKeys(original.report.formatVersion);
    const span = locateCell(source, key, original.provenance, order);
    expect(span).not.toBeNull();
    const before = getPath(original.report, key) as number;
    const edited = await parseText(replaceAt(source, span as NonNullable<typeof span>, before + 2), 'pingtan-2022');
    expect(checkCarryOver({ ref: 'pingtan-2022', ...original }, r2021)).toEqual([]);
    const fs = checkCarryOver({ ref: 'pingtan-2022', ...edited }, r2021);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: 'X.carryOver', severity: 'error', outcome: 'fail', cells: [key], expected: before, actual: before + 2 });
    expect(fs[0]?.related).toEqual([{ ref: 'pingtan-2021', agency: r2021.report.agency.name, year: 2021, cells: ['applications.carriedForward.naturalPerson'] }]);
    expect(fs[0]?.message).toBe(`2022年 表三 自然人 · 上年结转 ${before + 2} ≠ 2021年 表三 自然人 · 结转下年度 ${before}`);
  });

  it('X.carryOver names the 2021 cell when the 2021 document changes its 结转下年度', async () => {
    const r2022 = { ref: 'pingtan-2022', ...(await parseText(read('fixtures/real/pingtan/pingtan-2022.html'), 'pingtan-2022')) };
    const source = read('fixtures/real/pingtan/pingtan-2021.html');
    const original = await parseText(source, 'pingtan-2021');
    const key = 'applications.carriedForward.total';
    const span = locateCell(source, key, original.provenance, applicationCellKeys(original.report.formatVersion));
    expect(span).not.toBeNull();
    const before = getPath(original.report, key) as number;
    const edited = await parseText(replaceAt(source, span as NonNullable<typeof span>, before + 1), 'pingtan-2021');
    const fs = checkCarryOver(r2022, { ref: 'pingtan-2021', ...edited });
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ cells: ['applications.carriedOver.total'], expected: before + 1, actual: before });
    expect(fs[0]?.related?.[0]).toMatchObject({ ref: 'pingtan-2021', year: 2021, cells: [key] });
  });
});

const PAIRS = [2019, 2020, 2021, 2022, 2023, 2024].map((y) => [y, y + 1] as const);

describe.each(PAIRS)('平潭综合实验区 %i → %i: 上年结转 总计 raised by 1 in the later document', (previousYear, year) => {
  it('X.carryOver names both years and both cells', async () => {
    const previous = { ref: `pingtan-${previousYear}`, ...(await parseText(read(`fixtures/real/pingtan/pingtan-${previousYear}.html`), 'previous')) };
    const source = read(`fixtures/real/pingtan/pingtan-${year}.html`);
    const original = await parseText(source, `pingtan-${year}`);
    const key = 'applications.carriedOver.total';
    const span = locateCell(source, key, original.provenance, applicationCellKeys(original.report.formatVersion));
    expect(span).not.toBeNull();
    const before = getPath(original.report, key) as number;
    const edited = await parseText(replaceAt(source, span as NonNullable<typeof span>, before + 1), `pingtan-${year}`);
    const fs = checkCarryOver({ ref: `pingtan-${year}`, ...edited }, previous);
    expect(fs.map((f) => [f.rule, f.cells, f.expected, f.actual, f.related?.map((r) => [r.year, r.cells])])).toEqual([
      ['X.carryOver', [key], before, before + 1, [[previousYear, ['applications.carriedForward.total']]]],
    ]);
    expect(fs[0]?.message).toBe(`${year}年 表三 总计 · 上年结转 ${before + 1} ≠ ${previousYear}年 表三 总计 · 结转下年度 ${before}`);
  });
});

/** Guards the editor itself: it must refuse a cell whose provenance points at nothing. */
describe('locateCell', () => {
  it('returns null for a cell the document does not hold where its provenance says', () => {
    const prov: Record<string, CellProvenance> = { 'applications.newReceived.total': { kind: 'number', raw: '57', source: { type: 'line', line: 2 } } };
    expect(locateCell('a\tb\n本年新收\t56\n', 'applications.newReceived.total', prov, ['applications.newReceived.total'])).toBeNull();
    expect(locateCell('a\tb\n本年新收\t57\n', 'applications.newReceived.total', prov, ['applications.newReceived.total'])).toEqual({ start: 9, end: 11 });
  });

  it('finds a figure Word split across spans, and replaces it whole', () => {
    const html = '<table><tr><td>本年新收</td><td><span>2</span><span>0</span></td></tr></table>';
    const prov: Record<string, CellProvenance> = { 'applications.newReceived.total': { kind: 'number', raw: '20', source: { type: 'table', table: 1, row: 1, cell: 2 } } };
    const span = locateCell(html, 'applications.newReceived.total', prov, []);
    expect(span && replaceAt(html, span, 21)).toBe('<table><tr><td>本年新收</td><td><span>21</span></td></tr></table>');
  });
});
