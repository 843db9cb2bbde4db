import type { ReportSummary } from '@nianbao/api-contract';
import { agencySeries, ruleSummaryRows, summarizeByYear } from './overview';

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

describe('ruleSummaryRows', () => {
  const row = { rule: 'T3.balance', severity: 'error' as const, reports: 2, findings: 3 };
  it('accepts a bare array or an { items } object', () => {
    expect(ruleSummaryRows([row])).toEqual([row]);
    expect(ruleSummaryRows({ items: [row] })).toEqual([row]);
  });
  it('rejects anything else with a clear error', () => {
    expect(() => ruleSummaryRows({ rules: [] })).toThrow('无法识别');
  });
});

describe('agencySeries', () => {
  it('keeps one agency, oldest year first', () => {
    const items = [summary('a', 'x', 2023, 1, 0), summary('b', 'y', 2022, 1, 0), summary('c', 'x', 2021, 1, 0)];
    expect(agencySeries(items, 'x').map((r) => r.id)).toEqual(['c', 'a']);
  });
});
