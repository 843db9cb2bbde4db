import type { ReportSummary } from '@nianbao/api-contract';

export interface ListFilter {
  agency: string;
  year: number | null;
}

/** Reads ?agency=&year= leniently: a year that is not a whole number is ignored, not an error page. */
export function parseListFilter(params: Record<string, string | string[] | undefined>): ListFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
  const agency = first(params.agency).trim();
  const yearText = first(params.year).trim();
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  return { agency, year };
}

/** The most rows GET /reports answers at once. */
export const LIST_LIMIT = 1000;

export function listQuery(filter: ListFilter): string {
  const q = new URLSearchParams();
  if (filter.agency) q.set('agency', filter.agency);
  if (filter.year !== null) q.set('year', String(filter.year));
  q.set('limit', String(LIST_LIMIT));
  return `?${q.toString()}`;
}

/**
 * Applies the filter again on what the API returned (so the page means the same whatever matching the
 * API does) and orders rows by agency, then newest year first.
 */
export function filterAndSort(items: readonly ReportSummary[], filter: ListFilter): ReportSummary[] {
  return items
    .filter((r) => !filter.agency || r.agency.name.includes(filter.agency))
    .filter((r) => filter.year === null || r.year === filter.year)
    .sort((a, b) => a.agency.name.localeCompare(b.agency.name, 'zh-CN') || b.year - a.year);
}
