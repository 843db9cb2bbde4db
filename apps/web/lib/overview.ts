import type { AgencyView, KeyFigures, ReportSummary } from '@nianbao/api-contract';

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

export interface RegionOption {
  code: string;
  name: string;
}

/** The regions the known agencies belong to, for a filter; agencies without a region are left out. */
export function regionOptions(agencies: readonly AgencyView[]): RegionOption[] {
  const byCode = new Map<string, string>();
  for (const a of agencies) if (a.regionCode) byCode.set(a.regionCode, a.regionName ?? a.regionCode);
  return [...byCode].map(([code, name]) => ({ code, name })).sort((x, y) => x.code.localeCompare(y.code));
}

/** Reports of agencies in a region (GET /reports has no region filter; /agencies says where each one is). */
export function inRegion(items: readonly ReportSummary[], agencies: readonly AgencyView[], regionCode: string): ReportSummary[] {
  const ids = new Set(agencies.filter((a) => a.regionCode === regionCode).map((a) => a.id));
  return items.filter((r) => ids.has(r.agency.id));
}

/** One agency's reports in year order, one per year (the list holds current versions only). */
export function agencySeries(items: readonly ReportSummary[], agencyId: string): ReportSummary[] {
  return items.filter((r) => r.agency.id === agencyId).sort((a, b) => a.year - b.year);
}
