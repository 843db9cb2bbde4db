import { setPath } from '@nianbao/report';
import { seedLikeReport } from '../test/seed-report';
import { carryOverChain, carryOverCheck, compareCells } from './compare';

describe('compareCells', () => {
  it('lists every numeric cell and the exact difference, decimals included', () => {
    const a = seedLikeReport().report;
    const b = structuredClone(a);
    setPath(b as unknown as Record<string, unknown>, 'active.fees', 9486.7476);
    setPath(b as unknown as Record<string, unknown>, 'applications.newReceived.total', 60);
    const rows = compareCells(a, b);
    expect(rows).toHaveLength(10 + 175 + 15);
    expect(rows.filter((r) => r.differs).map((r) => [r.key, r.delta])).toEqual([
      ['active.fees', 0.0001],
      ['applications.newReceived.total', 3],
    ]);
  });

  it('compares a 2019 report with a 2021 one over the union of their cells, with no difference where one is absent', () => {
    const rows = compareCells(seedLikeReport('2019').report, seedLikeReport('2021').report);
    const otherTotal = rows.find((r) => r.key === 'applications.otherHandling.total.total');
    expect(otherTotal).toMatchObject({ a: 0, b: null, delta: null, differs: true });
  });
});

describe('carryOverCheck', () => {
  const earlier = { agencyId: 'x', year: 2022, report: seedLikeReport().report };
  it('compares 结转下年度 of year N−1 with 上年结转 of year N per column', () => {
    const next = seedLikeReport().report;
    setPath(next as unknown as Record<string, unknown>, 'applications.carriedOver.naturalPerson', 3);
    const rows = carryOverCheck(earlier, { agencyId: 'x', year: 2023, report: next });
    expect(rows?.find((r) => r.column === '自然人')).toEqual({ column: '自然人', carriedForwardPrev: 3, carriedOverNext: 3, holds: true });
    expect(rows?.find((r) => r.column === '总计')).toMatchObject({ carriedForwardPrev: 3, carriedOverNext: 0, holds: false });
  });
  it('does not apply across agencies or non-consecutive years', () => {
    expect(carryOverCheck(earlier, { agencyId: 'y', year: 2023, report: earlier.report })).toBeNull();
    expect(carryOverCheck(earlier, { agencyId: 'x', year: 2024, report: earlier.report })).toBeNull();
  });
});

describe('carryOverChain', () => {
  it('links consecutive years only and names the columns that do not carry over', () => {
    const y2021 = seedLikeReport().report; // 结转下年度: 自然人 3, 总计 3
    const y2022 = seedLikeReport().report;
    setPath(y2022 as unknown as Record<string, unknown>, 'applications.carriedOver.naturalPerson', 3);
    setPath(y2022 as unknown as Record<string, unknown>, 'applications.carriedOver.total', 3);
    const y2024 = seedLikeReport().report;
    const chain = carryOverChain([
      { agencyId: 'x', year: 2024, report: y2024 },
      { agencyId: 'x', year: 2021, report: y2021 },
      { agencyId: 'x', year: 2022, report: y2022 },
    ]);
    expect(chain).toEqual([{ fromYear: 2021, toYear: 2022, carriedForward: 3, carriedOver: 3, mismatches: [] }]);
    const broken = carryOverChain([
      { agencyId: 'x', year: 2022, report: y2022 },
      { agencyId: 'x', year: 2023, report: seedLikeReport().report },
    ]);
    expect(broken).toEqual([{ fromYear: 2022, toYear: 2023, carriedForward: 3, carriedOver: 0, mismatches: ['自然人', '总计'] }]);
  });
});
