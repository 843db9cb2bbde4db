import { APPLICANT_COLUMNS, applicationRows, disputeCellKeys, emptyReport, setPath, type CanonicalReport, type CellProvenance, type FormatVersion } from '@nianbao/report';

/** Table 三 of the seed report (新乡市公安局 2023), total column only; every other column is 0 except 自然人 = total. */
const SEED_TOTALS: Record<string, number> = {
  newReceived: 57,
  granted: 25,
  partiallyGranted: 3,
  'withheld.thirdPartyRights': 1,
  'withheld.internalAffairs': 2,
  'withheld.processInfo': 1,
  'unavailable.notHeld': 18,
  'notProcessed.confirmation': 1,
  'otherHandling.other': 3,
  totalProcessed: 54,
  carriedForward: 3,
};

/** A report shaped like the seed, with provenance for every table 三/四 cell, for rendering tests. */
export function seedLikeReport(format: FormatVersion = '2021'): { report: CanonicalReport; provenance: Record<string, CellProvenance> } {
  const report = emptyReport(format);
  report.agency.name = '新乡市公安局';
  report.year = 2023;
  const provenance: Record<string, CellProvenance> = {};
  const put = (key: string, v: number) => {
    setPath(report as unknown as Record<string, unknown>, key, v);
    provenance[key] = { kind: v === 0 ? 'zero' : 'number', raw: String(v), source: { type: 'line', line: 40 } };
  };
  for (const row of applicationRows(format)) {
    for (const c of APPLICANT_COLUMNS) {
      const total = SEED_TOTALS[row.key] ?? 0;
      put(`applications.${row.key}.${c.key}`, c.key === 'naturalPerson' || c.key === 'total' ? total : 0);
    }
  }
  for (const key of disputeCellKeys()) put(key, key === 'disputes.review.upheld' || key === 'disputes.review.total' ? 1 : 0);
  if (format === '2021') {
    put('active.licensing', 2439825);
    put('active.fees', 9486.7475);
  }
  return { report, provenance };
}
