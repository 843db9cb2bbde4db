import { notFound } from 'next/navigation';
import { cache } from 'react';
import type { ReportList, ReportView } from '@nianbao/api-contract';
import { apiGet, apiGetOptional } from './api';

/**
 * The report version behind /reports/[id]; an unknown or malformed id is the 404 page. Cached per
 * request, so the page and its metadata share one API call.
 */
export const loadReport = cache(async (id: string): Promise<ReportView> => {
  const view = await apiGetOptional<ReportView>(`/reports/${encodeURIComponent(id)}`);
  if (!view) notFound();
  return view;
});

/** The current version of the same agency and year, for a report version that has been superseded. */
export async function currentVersionId(view: ReportView): Promise<string | null> {
  if (view.current) return view.id;
  const list = await apiGet<ReportList>(`/reports?agency=${encodeURIComponent(view.agency.id)}&year=${view.year}`);
  return list.items.find((r) => r.agency.id === view.agency.id && r.year === view.year)?.id ?? null;
}
