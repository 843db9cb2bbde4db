import { getPath, numericCellKeys, type CanonicalReport } from '@nianbao/report';

/** Every figure of the report's format, and the envelope: what a round trip must preserve. */
export function figures(report: CanonicalReport): Record<string, unknown> {
  const out: Record<string, unknown> = { agency: report.agency.name, year: report.year, formatVersion: report.formatVersion };
  for (const key of numericCellKeys(report.formatVersion)) out[key] = getPath(report, key) ?? null;
  return out;
}

export const squeeze = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, '');
