import type { AgencyView, ReportSummary } from '@nianbao/api-contract';
import { agencySeries, inRegion, regionOptions, summarizeByYear } from './overview';

const summary = (id: string, agencyId: string, year: number, newReceived: number | null, errors: number): ReportSummary => ({
  id,
  agency: { id: agencyId, name: agencyId },
  year,
  formatVersion: '2021',
  version: 1,
  submissionId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  keyFigures: { newReceived, totalProcessed: 5, carriedForward: null, reviewTotal: 1 },
  findingCounts: { error: errors, warning: 1, info: 0 },
});

describe('summarizeByYear', () => {
  it('sums key figures per year, counting reports that leave a figure out instead of adding 0', () => {
    const rows = summarizeByYear([summary('a', 'x', 2022, 10, 0), summary('b', 'y', 2023, 7, 2), summary('c', 'z', 2023, null, 0)]);
    expect(rows.map((r) => r.year)).toEqual([2023, 2022]);
    const y2023 = rows[0]!;
    expect(y2023).toMatchObject({ reports: 2, reportsWithErrors: 1, errors: 2, warnings: 2 });
    expect(y2023.sums.newReceived).toEqual({ sum: 7, missing: 1 });
    expect(y2023.sums.carriedForward).toEqual({ sum: 0, missing: 2 });
    expect(y2023.sums.totalProcessed).toEqual({ sum: 10, missing: 0 });
  });
});

describe('regions', () => {
  const agency = (id: string, regionCode: string | null, regionName: string | null): AgencyView => ({ id, name: id, regionCode, regionName, level: null, category: null });
  const agencies = [agency('x', '350128', '平潭综合实验区'), agency('y', '410700', '新乡市'), agency('z', '410700', '新乡市'), agency('w', null, null)];

  it('offers each region once, by code', () => {
    expect(regionOptions(agencies)).toEqual([
      { code: '350128', name: '平潭综合实验区' },
      { code: '410700', name: '新乡市' },
    ]);
  });

  it('keeps the reports of agencies in the region', () => {
    const items = [summary('a', 'x', 2023, 1, 0), summary('b', 'y', 2023, 1, 0), summary('c', 'z', 2022, 1, 0), summary('d', 'w', 2022, 1, 0)];
    expect(inRegion(items, agencies, '410700').map((r) => r.id)).toEqual(['b', 'c']);
  });
});

describe('agencySeries', () => {
  it('keeps one agency, oldest year first', () => {
    const items = [summary('a', 'x', 2023, 1, 0), summary('b', 'y', 2022, 1, 0), summary('c', 'x', 2021, 1, 0)];
    expect(agencySeries(items, 'x').map((r) => r.id)).toEqual(['c', 'a']);
  });
});
