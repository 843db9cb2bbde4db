import { buildReport, type ReportSpec } from '../testing/build-report';
import { checkCarryOver } from './carry-over';
import { checkDuplicateText, textSimilarity } from './duplicate-text';
import { checkInForce } from './in-force';
import { checkMissing, defaultDeadline } from './missing';
import { checkRollup } from './rollup';
import type { ReportRef } from './report-ref';

const zero = [0, 0, 0, 0, 0, 0];
/** 平潭综合实验区 2021 and 2022 table 三 as published (fixtures/real/pingtan/README.md). */
function pingtan(year: 2021 | 2022, override: ReportSpec['rows'] = {}): ReportRef {
  const rows =
    year === 2021
      ? { newReceived: [64, 0, 0, 2, 0, 4], carriedOver: zero, granted: [63, 0, 0, 2, 0, 4], totalProcessed: [63, 0, 0, 2, 0, 4], carriedForward: [1, 0, 0, 0, 0, 0] }
      : { newReceived: [71, 3, 0, 0, 0, 0], carriedOver: [1, 0, 0, 0, 0, 0], granted: [72, 3, 0, 0, 0, 0], totalProcessed: [72, 3, 0, 0, 0, 0], carriedForward: zero };
  const quiet = { partiallyGranted: zero, 'withheld.thirdPartyRights': zero, 'withheld.internalAffairs': zero, 'withheld.processInfo': zero, 'unavailable.notHeld': zero, 'notProcessed.confirmation': zero, 'otherHandling.other': zero };
  return { ref: `pingtan-${year}`, report: buildReport({ agency: '平潭综合实验区', year, rows: { ...quiet, ...rows, ...override } }) };
}

describe('X.carryOver', () => {
  it('holds for 平潭 2021 → 2022 (结转 1 = 上年结转 1)', () => {
    expect(checkCarryOver(pingtan(2022), pingtan(2021))).toEqual([]);
  });

  it("names year N's cell and year N−1's cell of the column that breaks", () => {
    const broken = pingtan(2021, { carriedForward: [2, 0, 0, 0, 0, 0], newReceived: [65, 0, 0, 2, 0, 4] });
    const fs = checkCarryOver(pingtan(2022), broken);
    expect(fs.map((f) => f.cells)).toEqual([['applications.carriedOver.naturalPerson'], ['applications.carriedOver.total']]);
    expect(fs[1]).toMatchObject({ rule: 'X.carryOver', severity: 'error', outcome: 'fail', expected: 2, actual: 1 });
    expect(fs[1]?.related).toEqual([{ ref: 'pingtan-2021', agency: '平潭综合实验区', year: 2021, cells: ['applications.carriedForward.total'] }]);
    expect(fs[1]?.message).toBe('2022年 表三 总计 · 上年结转 1 ≠ 2021年 表三 总计 · 结转下年度 2');
  });

  it('is not assessable when one side is blank, and skips years that do not follow', () => {
    const blank = pingtan(2021, { carriedForward: [1, 0, 0, 0, 0, 0, null] });
    expect(checkCarryOver(pingtan(2022), blank).map((f) => f.outcome)).toEqual(['not_assessable']);
    const y2020 = { ...pingtan(2021), report: { ...pingtan(2021).report, year: 2020 } };
    expect(checkCarryOver(pingtan(2022), y2020)).toEqual([]);
  });
});

describe('X.inForce', () => {
  const ref = (year: number, active: Record<string, number>): ReportRef => ({ ref: `r${year}`, report: buildReport({ year, active }) });
  it('holds when 现行有效 follows from last year, and warns naming the cells when not', () => {
    const prev = ref(2022, { 'active.normativeDocs.inForce': 10 });
    expect(checkInForce(ref(2023, { 'active.normativeDocs.issued': 3, 'active.normativeDocs.repealed': 1, 'active.normativeDocs.inForce': 12 }), prev)).toEqual([]);
    const fs = checkInForce(ref(2023, { 'active.normativeDocs.issued': 3, 'active.normativeDocs.repealed': 1, 'active.normativeDocs.inForce': 15 }), prev);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'warning', expected: 12, actual: 15, cells: ['active.normativeDocs.inForce', 'active.normativeDocs.issued', 'active.normativeDocs.repealed'] });
    expect(fs[0]?.related?.[0]?.cells).toEqual(['active.normativeDocs.inForce']);
  });
});

describe('X.rollup', () => {
  const member = (ref: string, natural: number): ReportRef => ({
    ref,
    report: buildReport({ agency: ref, rows: { newReceived: [natural, 0, 0, 0, 0, 0], granted: [natural - 29, 0, 0, 0, 0, 0] } }),
  });
  const aggregate = (natural: number): ReportRef => ({
    ref: 'county',
    report: buildReport({
      agency: '某县人民政府',
      rows: Object.fromEntries(
        Object.entries({ newReceived: natural, granted: natural - 58, partiallyGranted: 6, 'withheld.thirdPartyRights': 2, 'withheld.internalAffairs': 4, 'withheld.processInfo': 2, 'unavailable.notHeld': 36, 'notProcessed.confirmation': 2, 'otherHandling.other': 6, totalProcessed: natural - 6, carriedForward: 6 }).map(([k, v]) => [k, [v, 0, 0, 0, 0, 0]]),
      ),
      disputes: { review: [2, 0, 0, 0] },
    }),
  });
  it('passes when the aggregate is the sum of its members, cell by cell', () => {
    expect(checkRollup({ aggregate: aggregate(114), members: [member('a', 57), member('b', 57)] })).toEqual([]);
  });
  it('names each cell that differs, with every member', () => {
    const agg = aggregate(114);
    const newReceived = (agg.report.applications as { newReceived: Record<string, number> }).newReceived;
    newReceived.naturalPerson = 115;
    newReceived.total = 115;
    const fs = checkRollup({ aggregate: agg, members: [member('a', 57), member('b', 57)] });
    expect(fs.map((f) => f.cells[0])).toEqual(['applications.newReceived.naturalPerson', 'applications.newReceived.total']);
    expect(fs[0]).toMatchObject({ rule: 'X.rollup', severity: 'warning', expected: 114, actual: 115 });
    expect(fs[0]?.related?.map((r) => r.ref)).toEqual(['a', 'b']);
  });
  it('waits until every expected member is present', () => {
    expect(checkRollup({ aggregate: aggregate(115), members: [member('a', 57)], expectedMembers: ['a', 'b'] })).toEqual([]);
  });
});

describe('X.duplicateText', () => {
  const overview2022 =
    '2022年，平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，在省委省政府坚强领导下，认真执行《条例》相关规定，紧紧围绕实验区党工委、管委会决策部署，强化责任担当，加强信息公开平台建设，扎实推进政务公开工作，为全区经济社会平稳健康发展提供有力保障。全区共主动公开政府信息14571条。';
  const withProse = (year: number, overview: string): ReportRef => ({ ref: `r${year}`, report: buildReport({ year, sections: { overview } }) });

  it('finds a copy with only the year and the counts changed', () => {
    const copied = overview2022.replace('2022年', '2023年').replace('14571', '13561');
    expect(textSimilarity(copied, overview2022)).toBe(1);
    const fs = checkDuplicateText(withProse(2023, copied), withProse(2022, overview2022));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: 'X.duplicateText', severity: 'warning', cells: ['sections.overview'], actual: '100.0%' });
    expect(fs[0]?.related?.[0]).toMatchObject({ ref: 'r2022', year: 2022 });
  });

  it('leaves a rewritten text alone', () => {
    const rewritten = '2023年，我区持续推进基础信息公开、深化重点领域信息公开，设立规范性文件库，清理并集中发布现行有效行政规范性文件，加强政策文件解读，开展门户网站在线访谈，强化基层政务公开，探索开设特色内容专栏。';
    expect(textSimilarity(rewritten, overview2022)).toBeLessThan(0.5);
    expect(checkDuplicateText(withProse(2023, rewritten), withProse(2022, overview2022))).toEqual([]);
  });

  it('ignores boilerplate too short to judge', () => {
    expect(checkDuplicateText(withProse(2023, '无。'), withProse(2022, '无。'))).toEqual([]);
  });
});

describe('X.missing', () => {
  const expected = [
    { ref: 'dept', name: '某县发展和改革局', kind: 'department' as const },
    { ref: 'gov', name: '某县人民政府', kind: 'government' as const },
  ];
  it('reports nothing before a deadline, a department after 31 January, a government after 31 March (Beijing time)', () => {
    expect(checkMissing({ year: 2025, expected, accepted: [], now: new Date('2026-01-31T15:59:59Z') })).toEqual([]);
    const feb = checkMissing({ year: 2025, expected, accepted: [], now: new Date('2026-01-31T16:00:00Z') });
    expect(feb.map((f) => f.related?.[0]?.ref)).toEqual(['dept']);
    expect(feb[0]).toMatchObject({ rule: 'X.missing', severity: 'info', expected: '2026-01-31' });
    expect(feb[0]?.message).toBe('某县发展和改革局 未在 2026-01-31 前报送 2025 年度政府信息公开工作年度报告');
    expect(checkMissing({ year: 2025, expected, accepted: [{ agencyRef: 'dept', year: 2025 }], now: new Date('2026-04-01T00:00:00Z') }).map((f) => f.related?.[0]?.ref)).toEqual(['gov']);
  });
  it('takes an injected deadline rule, and ignores reports of other years', () => {
    const deadline = (): Date => new Date('2026-06-30T00:00:00Z');
    expect(checkMissing({ year: 2025, expected, accepted: [], now: new Date('2026-04-01'), deadline })).toEqual([]);
    expect(checkMissing({ year: 2025, expected, accepted: [{ agencyRef: 'dept', year: 2024 }], now: new Date('2026-07-01'), deadline })).toHaveLength(2);
    expect(defaultDeadline('government', 2025).toISOString()).toBe('2026-03-31T16:00:00.000Z');
  });
});
