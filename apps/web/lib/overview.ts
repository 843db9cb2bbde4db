import type { KeyFigures, ReportSummary, RuleSummaryRow } from '@nianbao/api-contract';

export const FIGURES: readonly { key: keyof KeyFigures; label: string }[] = [
  { key: 'newReceived', label: '本年新收' },
  { key: 'totalProcessed', label: '办结' },
  { key: 'carriedForward', label: '结转下年度' },
  { key: 'reviewTotal', label: '行政复议总计' },
];

export interface YearRow {
  year: number;
  reports: number;
  reportsWithErrors: number;
  errors: number;
  warnings: number;
  /** Sum of each key figure over the reports that state it, and how many did not. */
  sums: Record<keyof KeyFigures, { sum: number; missing: number }>;
}

/** Totals per year over a list of reports, newest year first. */
export function summarizeByYear(items: readonly ReportSummary[]): YearRow[] {
  const byYear = new Map<number, YearRow>();
  for (const r of items) {
    let row = byYear.get(r.year);
    if (!row) {
      const sums = Object.fromEntries(FIGURES.map((f) => [f.key, { sum: 0, missing: 0 }])) as YearRow['sums'];
      row = { year: r.year, reports: 0, reportsWithErrors: 0, errors: 0, warnings: 0, sums };
      byYear.set(r.year, row);
    }
    row.reports += 1;
    row.errors += r.findingCounts.error;
    row.warnings += r.findingCounts.warning;
    if (r.findingCounts.error > 0) row.reportsWithErrors += 1;
    for (const f of FIGURES) {
      const v = r.keyFigures[f.key];
      if (v === null) row.sums[f.key].missing += 1;
      else row.sums[f.key].sum += v;
    }
  }
  return [...byYear.values()].sort((a, b) => b.year - a.year);
}

/** GET /findings/summary may answer a bare array or `{ items }`; both read the same. */
export function ruleSummaryRows(body: unknown): RuleSummaryRow[] {
  if (Array.isArray(body)) return body as RuleSummaryRow[];
  if (body && typeof body === 'object' && Array.isArray((body as { items?: unknown }).items)) {
    return (body as { items: RuleSummaryRow[] }).items;
  }
  throw new Error('问题汇总接口返回的数据格式无法识别');
}

/** One agency's reports in year order, one per year (the list holds current versions only). */
export function agencySeries(items: readonly ReportSummary[], agencyId: string): ReportSummary[] {
  return items.filter((r) => r.agency.id === agencyId).sort((a, b) => a.year - b.year);
}
