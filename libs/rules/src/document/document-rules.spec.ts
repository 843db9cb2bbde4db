import { emptyReport, type CanonicalReport, type Finding } from '@nianbao/report';
import { validateReport } from '../validate-report';
import { buildReport } from '../testing/build-report';

const at = (iso: string): Date => new Date(iso);
const rule = (fs: Finding[], id: string): Finding[] => fs.filter((f) => f.rule === id);

describe('DOC.year', () => {
  it('accepts 2008 … the injected current year', () => {
    expect(rule(validateReport({ report: buildReport({ year: 2008 }), now: at('2026-01-01') }), 'DOC.year')).toEqual([]);
    expect(rule(validateReport({ report: buildReport({ year: 2026 }), now: at('2026-01-01') }), 'DOC.year')).toEqual([]);
  });
  it('rejects a future year, a year before 2008 and a missing year', () => {
    expect(rule(validateReport({ report: buildReport({ year: 2027 }), now: at('2026-12-31T23:00:00Z') }), 'DOC.year')[0]).toMatchObject({ severity: 'error', actual: 2027, cells: ['year'] });
    expect(rule(validateReport({ report: buildReport({ year: 2007 }), now: at('2026-01-01') }), 'DOC.year')).toHaveLength(1);
    expect(rule(validateReport({ report: buildReport({ year: null }), now: at('2026-01-01') }), 'DOC.year')[0]?.message).toBe('报告未注明报告年度');
  });
});

describe('DOC.sections', () => {
  const now = at('2026-06-01');
  it('names each section the outline lacks and whose content is absent', () => {
    const report = buildReport({ outline: { overview: true, active: true, applications: true, disputes: true, problems: false, other: false }, sections: { problems: null, other: null } });
    const fs = rule(validateReport({ report, now }), 'DOC.sections');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'error', cells: ['sections.problems', 'sections.other'] });
    expect(fs[0]?.message).toBe('报告缺少：五、存在的主要问题及改进情况；六、其他需要报告的事项');
  });
  it('counts a section whose heading was mangled but whose content was read', () => {
    const report = buildReport({ outline: { overview: true, active: true, applications: true, disputes: true, problems: false, other: true } });
    expect(rule(validateReport({ report, now }), 'DOC.sections')).toEqual([]);
  });
  it('checks only the tables of a structured submission without an outline', () => {
    expect(rule(validateReport({ report: buildReport({ outline: null, sections: { overview: null, problems: null, other: null } }), now }), 'DOC.sections')).toEqual([]);
    const report = buildReport({ outline: null });
    delete report.disputes;
    expect(rule(validateReport({ report, now }), 'DOC.sections')[0]?.cells).toEqual(['sections.disputes']);
  });
});

describe('T2.feesUnit', () => {
  const now = at('2026-06-01');
  it('warns when the cell was written in 元', () => {
    const report = buildReport({ active: { 'active.fees': 25.1 } });
    const provenance = { 'active.fees': { kind: 'number' as const, raw: '251000元', source: { type: 'structured' as const } } };
    expect(rule(validateReport({ report, provenance, now }), 'T2.feesUnit')[0]).toMatchObject({ severity: 'warning', cells: ['active.fees'] });
  });
  it('warns on an amount implausible in 万元, not on the seed’s 9486.7475', () => {
    expect(rule(validateReport({ report: buildReport({ active: { 'active.fees': 2_439_825 } }), now }), 'T2.feesUnit')).toHaveLength(1);
    expect(rule(validateReport({ report: buildReport({ active: { 'active.fees': 9486.7475 } }), now }), 'T2.feesUnit')).toEqual([]);
  });
});

describe('DOC.problemsSection', () => {
  const now = at('2026-06-01');
  it.each([[''], ['无'], ['无。'], ['暂无问题。']])('warns on %j', (text) => {
    const fs = rule(validateReport({ report: buildReport({ sections: { problems: text } }), now }), 'DOC.problemsSection');
    expect(fs[0]).toMatchObject({ severity: 'warning', cells: ['sections.problems'] });
  });
  it('accepts a real paragraph', () => {
    const text = '一是政策解读形式不够丰富；二是政务公开渠道有限。';
    expect(rule(validateReport({ report: buildReport({ sections: { problems: text } }), now }), 'DOC.problemsSection')).toEqual([]);
  });
});

describe('malformed reports', () => {
  const now = new Date('2026-06-01');
  it('an empty report is a list of findings, not a crash', () => {
    const fs = validateReport({ report: emptyReport('2021'), now });
    expect(fs.map((f) => f.rule)).toEqual(['DOC.sections', 'DOC.year', 'DOC.problemsSection']);
    expect(fs[0]?.cells).toEqual(['sections.active', 'sections.applications', 'sections.disputes']);
  });
  it('reads a malformed JSON submission without crashing', () => {
    const weird = { agency: { name: '某局' }, year: '2023', formatVersion: '2021', applications: { newReceived: 5, granted: { total: 'abc' } }, disputes: null } as unknown as CanonicalReport;
    const fs = validateReport({ report: weird, now });
    expect(fs.find((f) => f.rule === 'DOC.year')).toMatchObject({ actual: '2023' });
  });
  it('refuses an input that is no canonical report with a clear error', () => {
    expect(() => validateReport({ report: { formatVersion: '2020' } as unknown as CanonicalReport, now })).toThrow('not a canonical report (formatVersion "2020")');
  });
});
