import type { ReportSummary } from '@nianbao/api-contract';
import { filterAndSort, listQuery, parseListFilter } from './report-list';

const summary = (id: string, name: string, year: number): ReportSummary => ({
  id,
  agency: { id: `ag-${name}`, name },
  year,
  formatVersion: '2021',
  version: 1,
  submissionId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  keyFigures: { newReceived: 1, totalProcessed: 1, carriedForward: 0, reviewTotal: 0 },
  findingCounts: { error: 0, warning: 0, info: 0 },
});

describe('report list filter', () => {
  it('reads agency and a four-digit year, ignoring a malformed year', () => {
    expect(parseListFilter({ agency: ' 公安 ', year: '2023' })).toEqual({ agency: '公安', year: 2023 });
    expect(parseListFilter({ agency: ['a', 'b'], year: '20x3' })).toEqual({ agency: 'a', year: null });
    expect(parseListFilter({})).toEqual({ agency: '', year: null });
  });

  it('builds the API query only from what is set, asking for the largest page', () => {
    expect(listQuery({ agency: '', year: null })).toBe('?limit=1000');
    expect(listQuery({ agency: '新乡', year: 2023 })).toBe(`?agency=${encodeURIComponent('新乡')}&year=2023&limit=1000`);
  });

  it('filters by name substring and year, then orders by agency and newest year first', () => {
    const items = [summary('1', '新乡市公安局', 2022), summary('2', '平潭综合实验区', 2023), summary('3', '新乡市公安局', 2023)];
    expect(filterAndSort(items, { agency: '新乡', year: null }).map((r) => r.id)).toEqual(['3', '1']);
    expect(filterAndSort(items, { agency: '', year: 2023 }).map((r) => r.id)).toEqual(['2', '3']);
  });
});
