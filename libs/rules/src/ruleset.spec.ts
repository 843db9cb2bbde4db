import { RULES, blocksAcceptance, ruleDef } from './ruleset';
import { validateReport } from './validate-report';
import { buildReport } from './testing/build-report';

describe('the rule set as data', () => {
  it('has the spec’s ids and severities', () => {
    expect(RULES.map((r) => `${r.id}:${r.severity}`)).toEqual([
      'T3.balance:error',
      'T3.outcomeSum:error',
      'T3.rowTotal:error',
      'T4.groupTotal:error',
      'VAL.nonNegativeInteger:error',
      'DOC.sections:error',
      'DOC.year:error',
      'T2.feesUnit:warning',
      'DOC.problemsSection:warning',
      'TXT.narrative:warning',
      'TXT.partsSum:warning',
      'TXT.feeStatement:warning',
      'X.carryOver:error',
      'X.inForce:warning',
      'X.rollup:warning',
      'X.duplicateText:warning',
      'X.missing:info',
    ]);
  });

  it('says which cells each rule reads, and every cell a finding names is one of them', () => {
    expect(ruleDef('T3.balance').reads('2021')).toHaveLength(28);
    expect(ruleDef('T3.outcomeSum').reads('2019')).toContain('applications.otherHandling.total.naturalPerson');
    expect(ruleDef('T3.outcomeSum').reads('2021')).not.toContain('applications.otherHandling.total.naturalPerson');
    const report = buildReport({ rows: { carriedForward: [4, 0, 0, 0, 0, 0] }, disputes: { review: [1, 0, 0, 0, 2] }, sections: { overview: '共收到申请 57 件，办结 50 件。' } });
    const findings = validateReport({ report, now: new Date('2026-06-01') });
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) {
      const reads = new Set(ruleDef(f.rule).reads('2021'));
      expect(f.cells.filter((c) => !reads.has(c))).toEqual([]);
    }
  });

  it('lets cross-report errors through acceptance, and stops on single-report errors only', () => {
    expect(blocksAcceptance({ rule: 'X.carryOver', severity: 'error' })).toBe(false);
    expect(blocksAcceptance({ rule: 'T3.balance', severity: 'error' })).toBe(true);
    expect(blocksAcceptance({ rule: 'T3.balance', severity: 'warning' })).toBe(false);
  });
});
