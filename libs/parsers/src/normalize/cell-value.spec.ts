import { readCell } from './cell-value';

describe('readCell', () => {
  it.each([
    ['57', 57],
    ['５７', 57],
    ['2,439,825', 2439825],
    ['2，439，825', 2439825],
    [' 12 ', 12],
  ])('reads %p as the number %p', (raw, value) => {
    expect(readCell(raw)).toEqual({ kind: 'number', value });
  });

  it.each(['0', '０', '00'])('reads %p as zero', (raw) => {
    expect(readCell(raw)).toEqual({ kind: 'zero', value: 0 });
  });

  it.each(['', '   ', '\u00a0', '\u3000'])('reads %p as blank', (raw) => {
    expect(readCell(raw)).toEqual({ kind: 'blank', value: null });
  });

  it.each(['/', '／', '—', '－', '-', '无', '不适用'])('reads %p as not applicable', (raw) => {
    expect(readCell(raw)).toEqual({ kind: 'na', value: null });
  });

  it('keeps the decimal digits of an amount exactly', () => {
    expect(readCell('9486.7475', { amount: true, unit: '万元' })).toEqual({ kind: 'number', value: 9486.7475 });
    expect(readCell('24252.311082', { amount: true, unit: '万元' }).value).toBe(24252.311082);
    expect(String(readCell('0.1000', { amount: true }).value)).toBe('0.1');
  });

  it('converts 元 written in a 万元 cell by moving the decimal point, with a warning', () => {
    const r = readCell('251000元', { amount: true, unit: '万元' });
    expect(r.kind).toBe('number');
    expect(r.value).toBe(25.1);
    expect(r.issue?.rule).toBe('PARSE.unitConverted');
    expect(readCell('73802895.90元', { amount: true, unit: '万元' }).value).toBe(7380.28959);
    expect(readCell('95元', { amount: true, unit: '万元' }).value).toBe(0.0095);
  });

  it('refuses a fraction, a negative number or a word in a count cell, with a finding', () => {
    for (const raw of ['1.5', '-3', '若干', '3件/人']) {
      const r = readCell(raw, { unit: '件' });
      expect(r).toMatchObject({ kind: 'text', value: null, issue: { rule: 'PARSE.cellText' } });
    }
  });

  it('never joins figures separated by a space', () => {
    expect(readCell('57 0')).toMatchObject({ kind: 'text', value: null });
    expect(readCell('5 件', { unit: '件' })).toMatchObject({ kind: 'number', value: 5 });
  });

  it('accepts a negative change where the format allows one', () => {
    expect(readCell('-18', { signed: true, unit: '项' })).toEqual({ kind: 'number', value: -18 });
  });

  it('strips the table unit written inside a count cell, with a warning, and refuses another unit', () => {
    expect(readCell('5件', { unit: '件' })).toMatchObject({ kind: 'number', value: 5, issue: { rule: 'PARSE.unitStripped' } });
    expect(readCell('5元', { unit: '件' })).toMatchObject({ kind: 'text', value: null });
  });

  it.each([
    ['33*', 33],
    ['33①', 33],
    ['33※', 33],
    ['33[1]', 33],
    ['33［1］', 33],
    ['33（注）', 33],
    ['1,234注2', 1234],
  ])('reads %p, a figure with a footnote mark, as %p with a warning', (raw, value) => {
    expect(readCell(raw, { unit: '件' })).toMatchObject({ kind: 'number', value, issue: { rule: 'PARSE.footnoteStripped', severity: 'warning' } });
  });

  it('keeps a footnote mark from hiding a fraction in a count cell or making a word a figure', () => {
    expect(readCell('1.5*', { unit: '件' })).toMatchObject({ kind: 'text', issue: { rule: 'PARSE.cellText' } });
    expect(readCell('若干*', { unit: '件' })).toMatchObject({ kind: 'text', issue: { rule: 'PARSE.cellText' } });
    expect(readCell('0*', { unit: '件' })).toEqual({ kind: 'zero', value: 0, issue: { rule: 'PARSE.footnoteStripped', severity: 'warning', message: '单元格「0*」带注释标记，已去除标记读作 0' } });
  });
});
