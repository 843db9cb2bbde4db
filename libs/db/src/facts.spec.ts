import { emptyReport, numericCellKeys, setPath } from '@nianbao/report';
import { factsOf } from './facts';
import { findingFingerprint } from './fingerprint';

describe('factsOf', () => {
  const report = emptyReport('2021');
  setPath(report as unknown as Record<string, unknown>, 'active.fees', 9486.7475);
  setPath(report as unknown as Record<string, unknown>, 'applications.newReceived.total', 57);
  setPath(report as unknown as Record<string, unknown>, 'applications.carriedOver.total', 0);

  it('makes one fact per numeric cell of the format', () => {
    const facts = factsOf(report, {});
    expect(facts.map((f) => f.key)).toEqual(numericCellKeys('2021'));
  });

  it('keeps decimal digits exactly and derives the kind without provenance', () => {
    const byKey = new Map(factsOf(report, {}).map((f) => [f.key, f]));
    expect(byKey.get('active.fees')).toEqual({ key: 'active.fees', value: '9486.7475', kind: 'number' });
    expect(byKey.get('applications.carriedOver.total')).toEqual({ key: 'applications.carriedOver.total', value: '0', kind: 'zero' });
    expect(byKey.get('active.licensing')).toEqual({ key: 'active.licensing', value: null, kind: 'blank' });
  });

  it('takes the kind from the provenance when there is one', () => {
    const facts = factsOf(report, { 'active.licensing': { kind: 'na', raw: '/', source: { type: 'line', line: 3 } } });
    expect(facts.find((f) => f.key === 'active.licensing')?.kind).toBe('na');
  });
});

describe('findingFingerprint', () => {
  const f = { rule: 'T3.rowTotal', cells: ['a', 'b'], expected: 57, actual: 58 };
  it('does not depend on the order of cells', () => {
    expect(findingFingerprint('ag', 2023, f)).toBe(findingFingerprint('ag', 2023, { ...f, cells: ['b', 'a'] }));
  });
  it('differs by agency, year and figures', () => {
    const base = findingFingerprint('ag', 2023, f);
    expect(findingFingerprint('other', 2023, f)).not.toBe(base);
    expect(findingFingerprint('ag', 2022, f)).not.toBe(base);
    expect(findingFingerprint('ag', 2023, { ...f, actual: 59 })).not.toBe(base);
  });
});
