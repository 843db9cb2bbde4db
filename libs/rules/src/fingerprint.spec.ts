import { findingFingerprint } from './fingerprint';
import { validateReport } from './validate-report';
import { buildReport } from './testing/build-report';

const now = new Date('2026-06-01');
const only = (report: ReturnType<typeof buildReport>) => {
  const fs = validateReport({ report, now }).filter((f) => f.rule === 'T3.balance');
  return fs[0] as (typeof fs)[number];
};

describe('findingFingerprint', () => {
  it('is the same for the same finding on a re-run, whatever the message says', () => {
    const a = only(buildReport({ rows: { carriedForward: [4, 0, 0, 0, 0, 0] } }));
    const b = only(buildReport({ rows: { carriedForward: [4, 0, 0, 0, 0, 0] } }));
    expect(findingFingerprint(a)).toBe(findingFingerprint(b));
    expect(findingFingerprint({ ...a, message: '改写后的说明' } as typeof a)).toBe(findingFingerprint(a));
    expect(findingFingerprint(a)).toMatch(/^T3\.balance:[0-9a-f]{16}$/);
  });

  it('changes when a value changes, or when the cells or rule differ', () => {
    const a = only(buildReport({ rows: { carriedForward: [4, 0, 0, 0, 0, 0] } }));
    const b = only(buildReport({ rows: { carriedForward: [5, 0, 0, 0, 0, 0] } }));
    expect(findingFingerprint(b)).not.toBe(findingFingerprint(a));
    expect(findingFingerprint({ ...a, cells: ['applications.newReceived.total'] })).not.toBe(findingFingerprint(a));
    expect(findingFingerprint({ ...a, rule: 'T3.outcomeSum' })).not.toBe(findingFingerprint(a));
  });

  it('tells cross-report findings apart by the other report, and keeps them across its versions', () => {
    const base = { rule: 'X.carryOver', cells: ['applications.carriedOver.total'], expected: 1, actual: 2 };
    const cells = ['applications.carriedForward.total'];
    const v1 = findingFingerprint({ ...base, related: [{ ref: 'v1', agency: '平潭综合实验区', year: 2021, cells }] });
    const v2 = findingFingerprint({ ...base, related: [{ ref: 'v2', agency: '平潭综合实验区', year: 2021, cells }] });
    const other = findingFingerprint({ ...base, related: [{ ref: 'v3', agency: '沭阳县人民政府', year: 2021, cells }] });
    expect(v2).toBe(v1);
    expect(other).not.toBe(v1);
    expect(findingFingerprint({ ...base, related: [{ ref: 'v1', cells }] })).not.toBe(findingFingerprint({ ...base, related: [{ ref: 'v2', cells }] }));
  });
});
