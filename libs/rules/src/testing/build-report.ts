import {
  APPLICANT_COLUMNS,
  DISPUTE_GROUPS,
  DISPUTE_OUTCOMES,
  activeDefs,
  applicationRows,
  setPath,
  type CanonicalReport,
  type CellProvenance,
  type FormatVersion,
} from '@nianbao/report';

export interface ReportSpec {
  format?: Exclude<FormatVersion, 'pre2019'>;
  year?: number | null;
  agency?: string;
  /** Table 三 rows as six applicant values (总计 computed) or seven (总计 as given); unset rows are 0. */
  rows?: Record<string, readonly (number | null)[]>;
  /** Table 四 groups as four outcome values (总计 computed) or five. */
  disputes?: Record<string, readonly (number | null)[]>;
  active?: Record<string, number | null>;
  sections?: Partial<CanonicalReport['sections']>;
  outline?: CanonicalReport['outline'] | null;
}

const sum = (xs: readonly (number | null)[]): number => xs.reduce<number>((s, x) => s + (x ?? 0), 0);

/**
 * A canonical report for tests: by default the 新乡市公安局 2023 figures (consistent), with the rows,
 * groups and prose a test overrides. Values are set as plain numbers or null, as a JSON submission
 * would carry them.
 */
export function buildReport(spec: ReportSpec = {}): CanonicalReport {
  const format = spec.format ?? '2021';
  const defaults: Record<string, number[]> = {
    newReceived: [57, 0, 0, 0, 0, 0],
    carriedOver: [0, 0, 0, 0, 0, 0],
    granted: [25, 0, 0, 0, 0, 0],
    partiallyGranted: [3, 0, 0, 0, 0, 0],
    'withheld.thirdPartyRights': [1, 0, 0, 0, 0, 0],
    'withheld.internalAffairs': [2, 0, 0, 0, 0, 0],
    'withheld.processInfo': [1, 0, 0, 0, 0, 0],
    'unavailable.notHeld': [18, 0, 0, 0, 0, 0],
    'notProcessed.confirmation': [1, 0, 0, 0, 0, 0],
    [format === '2019' ? 'otherHandling.total' : 'otherHandling.other']: [3, 0, 0, 0, 0, 0],
    totalProcessed: [54, 0, 0, 0, 0, 0],
    carriedForward: [3, 0, 0, 0, 0, 0],
  };
  const report: CanonicalReport = {
    agency: { name: spec.agency ?? '新乡市公安局' },
    year: spec.year === undefined ? 2023 : spec.year,
    formatVersion: format,
    sections: {
      overview: '2023年，我局共接到社会公众依申请公开 57 件，均依照规定进行规范答复办理。年内共办结 54 件，结转下年度继续办理 3 件，无超期答复情况。',
      problems: '政务信息来源不够广、数量不够多、信息公开类型较单一等问题仍然存在。',
      other: '无。',
      ...spec.sections,
    },
  };
  if (spec.outline !== null) {
    report.outline = spec.outline ?? { overview: true, active: true, applications: true, disputes: true, problems: true, other: true };
  }
  const tree = report as unknown as Record<string, unknown>;
  for (const def of activeDefs(format)) setPath(tree, def.key, spec.active?.[def.key] ?? 0);
  for (const row of applicationRows(format)) {
    const given = spec.rows?.[row.key] ?? defaults[row.key] ?? [0, 0, 0, 0, 0, 0];
    const values = given.length === 7 ? given : [...given, sum(given)];
    APPLICANT_COLUMNS.forEach((c, i) => setPath(tree, `applications.${row.key}.${c.key}`, values[i] ?? null));
  }
  for (const g of DISPUTE_GROUPS) {
    const given = spec.disputes?.[g.key] ?? (g.key === 'review' ? [1, 0, 0, 0] : [0, 0, 0, 0]);
    const values = given.length === 5 ? given : [...given, sum(given)];
    DISPUTE_OUTCOMES.forEach((o, i) => setPath(tree, `disputes.${g.key}.${o.key}`, values[i] ?? null));
  }
  return report;
}

/** Provenance marking cells as unreadable text, as a parser records "251000元" or "见附件". */
export function textProvenance(cells: Record<string, string>): Record<string, CellProvenance> {
  return Object.fromEntries(Object.entries(cells).map(([key, raw]) => [key, { kind: 'text', raw, source: { type: 'structured' } }]));
}
