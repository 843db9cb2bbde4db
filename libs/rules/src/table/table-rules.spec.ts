import { APPLICATION_ROWS_2021, type Finding } from '@nianbao/report';
import { validateReport } from '../validate-report';
import { buildReport, textProvenance } from '../testing/build-report';

const NOW = new Date('2026-06-01T00:00:00Z');
const run = (report: ReturnType<typeof buildReport>, provenance?: ReturnType<typeof textProvenance>): Finding[] =>
  validateReport({ report, provenance, now: NOW });
const byRule = (fs: Finding[], rule: string): Finding[] => fs.filter((f) => f.rule === rule);

describe('a consistent report', () => {
  it('has no finding (2021 layout)', () => {
    expect(run(buildReport())).toEqual([]);
  });
  it('has no finding (2019 layout, （六）其他处理 as one row)', () => {
    expect(run(buildReport({ format: '2019', year: 2020 }))).toEqual([]);
  });
});

describe('T3.balance', () => {
  it('fails in the column that does not close and names its four cells', () => {
    const fs = byRule(run(buildReport({ rows: { carriedForward: [4, 0, 0, 0, 0, 0] } })), 'T3.balance');
    expect(fs.map((f) => f.cells[0])).toEqual(['applications.newReceived.naturalPerson', 'applications.newReceived.total']);
    const f = fs[0] as Finding;
    expect(f).toMatchObject({ severity: 'error', outcome: 'fail', expected: 57, actual: 58 });
    expect(f.cells).toEqual([
      'applications.newReceived.naturalPerson',
      'applications.carriedOver.naturalPerson',
      'applications.totalProcessed.naturalPerson',
      'applications.carriedForward.naturalPerson',
    ]);
    expect(f.message).toBe('表三 自然人列：本年新收57 + 上年结转0 = 57 ≠ 办理结果总计54 + 结转下年度4 = 58');
  });

  it('reads a blank operand as 0', () => {
    const fs = run(buildReport({ rows: { carriedOver: [null, null, null, null, null, null, null] } }));
    expect(byRule(fs, 'T3.balance')).toEqual([]);
  });

  it('is not assessable when a checked cell is blank while the other side is not', () => {
    const fs = byRule(run(buildReport({ rows: { carriedForward: [3, 0, 0, 0, 0, 0, null] } })), 'T3.balance');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'warning', outcome: 'not_assessable', expected: 57, actual: null });
    expect(fs[0]?.cells).toContain('applications.carriedForward.total');
  });

  it('is not assessable when an operand is text', () => {
    const report = buildReport();
    (report.applications as { carriedOver: Record<string, unknown> }).carriedOver.naturalPerson = null;
    const fs = byRule(run(report, textProvenance({ 'applications.carriedOver.naturalPerson': '见附件' })), 'T3.balance');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ outcome: 'not_assessable', severity: 'warning' });
    expect(fs[0]?.message).toContain('“见附件”');
  });
});

describe('T3.outcomeSum', () => {
  it('names the column outcome cells and its total (2021 layout)', () => {
    const fs = byRule(run(buildReport({ rows: { granted: [26, 0, 0, 0, 0, 0, 25] } })), 'T3.outcomeSum');
    expect(fs).toHaveLength(1);
    const f = fs[0] as Finding;
    expect(f).toMatchObject({ outcome: 'fail', severity: 'error', expected: 55, actual: 54 });
    expect(f.cells).toContain('applications.granted.naturalPerson');
    expect(f.cells).toContain('applications.otherHandling.overdueFee.naturalPerson');
    expect(f.cells.at(-1)).toBe('applications.totalProcessed.naturalPerson');
    expect(f.cells).toHaveLength(22);
  });

  it('uses otherHandling.total in the 2019 layout', () => {
    const fs = byRule(run(buildReport({ format: '2019', rows: { 'otherHandling.total': [4, 0, 0, 0, 0, 0] } })), 'T3.outcomeSum');
    expect(fs.map((f) => f.cells.at(-2))).toEqual(['applications.otherHandling.total.naturalPerson', 'applications.otherHandling.total.total']);
    expect(fs[0]?.cells).toHaveLength(20);
  });

  it('is not assessable when the column parts were never filled in (上海 2019 总计 column)', () => {
    const blankRow = [null, null, null, null, null, null, null];
    const rows = Object.fromEntries(APPLICATION_ROWS_2021.filter((r) => r.outcome).map((r) => [r.key, blankRow]));
    const fs = byRule(run(buildReport({ rows })), 'T3.outcomeSum');
    expect(fs.map((f) => f.outcome)).toEqual(['not_assessable', 'not_assessable']);
  });
});

describe('T3.rowTotal', () => {
  it("names the row's cells", () => {
    const fs = byRule(run(buildReport({ rows: { newReceived: [57, 1, 0, 0, 0, 0, 57], totalProcessed: [54, 1, 0, 0, 0, 0, 54], granted: [25, 1, 0, 0, 0, 0, 26] } })), 'T3.rowTotal');
    expect(fs).toHaveLength(2);
    expect(fs[0]?.cells).toEqual(['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'].map((c) => `applications.newReceived.${c}`));
    expect(fs[0]?.message).toBe('表三 本年新收行：自然人57 + 商业企业1（其余为0） = 58 ≠ 总计57');
  });

  it('passes a row left wholly blank, and flags a blank total over filled parts as not assessable', () => {
    const fs = byRule(run(buildReport({ rows: { partiallyGranted: [3, 0, 0, 0, 0, 0, null], 'withheld.stateSecret': [null, null, null, null, null, null, null] } })), 'T3.rowTotal');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ outcome: 'not_assessable', severity: 'warning', expected: 3, actual: null });
  });
});

describe('T4.groupTotal', () => {
  it('fails a group whose total is not the sum of its outcomes', () => {
    const fs = byRule(run(buildReport({ disputes: { litigationDirect: [8, 0, 0, 1, 10] } })), 'T4.groupTotal');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ outcome: 'fail', expected: 9, actual: 10 });
    expect(fs[0]?.cells).toEqual(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => `disputes.litigationDirect.${o}`));
    expect(fs[0]?.message).toBe('表四 行政诉讼 · 未经复议直接起诉：结果维持8 + 结果纠正0 + 其他结果0 + 尚未审结1 = 9 ≠ 总计10');
  });
  it('is not assessable with a blank total over non-zero outcomes', () => {
    const fs = byRule(run(buildReport({ disputes: { review: [1, 0, 0, 0, null] } })), 'T4.groupTotal');
    expect(fs[0]).toMatchObject({ outcome: 'not_assessable', severity: 'warning' });
  });
});

describe('VAL.nonNegativeInteger', () => {
  it('flags a negative count, a fractional count and a negative fee, each on its cell', () => {
    const report = buildReport({ active: { 'active.licensing': 2.5, 'active.fees': -1 }, disputes: { review: [1, 0, 0, -1, 0] } });
    const fs = byRule(run(report), 'VAL.nonNegativeInteger');
    expect(fs.map((f) => f.cells[0]).sort()).toEqual(['active.fees', 'active.licensing', 'disputes.review.pending']);
    expect(fs.every((f) => f.severity === 'error' && f.outcome === 'fail')).toBe(true);
  });
  it('accepts decimal fees and a negative 本年增/减 of the 2019 table 二', () => {
    const fs = run(buildReport({ format: '2019', year: 2020, active: { 'active2019.licensing.change': -3, 'active2019.procurement.amount': 25.1 } }));
    expect(byRule(fs, 'VAL.nonNegativeInteger')).toEqual([]);
  });
});
