import { notFound } from 'next/navigation';
import type { ReportView } from '@nianbao/api-contract';
import { apiGetOptional } from './api';

/** The report version behind /reports/[id]; an unknown or malformed id is the 404 page. */
export async function loadReport(id: string): Promise<ReportView> {
  const view = await apiGetOptional<ReportView>(`/reports/${encodeURIComponent(id)}`);
  if (!view) notFound();
  return view;
}
