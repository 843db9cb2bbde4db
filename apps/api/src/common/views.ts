import type { AgencyView, FindingReview, RegionView, JobRunView, ReportSummary, ReportView, StoredFinding, SubmissionView } from '@nianbao/api-contract';
import type { Agency, Finding, FindingReview as ReviewRow, JobRun, Region, ReportVersion, Submission } from '@nianbao/db';
import { KEY_FIGURE_KEYS } from '@nianbao/db';
import type { CanonicalReport, CellProvenance, FormatVersion } from '@nianbao/report';

/** Maps stored rows to the JSON shapes of libs/api-contract. */

export function reviewView(r: ReviewRow | undefined): FindingReview | null {
  return r ? { decision: r.decision, comment: r.comment, reviewer: r.reviewer, decidedAt: r.decidedAt.toISOString() } : null;
}

export function findingView(f: Finding, reviews: Map<string, ReviewRow>): StoredFinding {
  return {
    id: f.id,
    rule: f.rule,
    severity: f.severity,
    outcome: f.outcome,
    cells: f.cells,
    expected: f.expected as StoredFinding['expected'],
    actual: f.actual as StoredFinding['actual'],
    message: f.message,
    ...(f.messageEn ? { messageEn: f.messageEn } : {}),
    ...(f.related ? { related: f.related as unknown as StoredFinding['related'] } : {}),
    rulesetVersion: f.rulesetVersion,
    reportVersionId: f.reportVersionId,
    review: reviewView(reviews.get(f.fingerprint)),
  };
}

export function submissionView(
  s: Submission & { agency: Agency | null; reportVersion: (ReportVersion & { findings: Finding[] }) | null },
  reviews: Map<string, ReviewRow>,
): SubmissionView {
  return {
    id: s.id,
    status: s.status,
    error: s.error,
    mediaType: s.mediaType,
    encoding: s.encoding,
    sha256: s.sha256,
    sizeBytes: s.sizeBytes,
    agencyName: s.agency?.name ?? s.agencyHint,
    year: s.reportVersion?.year ?? s.yearHint,
    reportVersionId: s.reportVersion?.id ?? null,
    findings: (s.reportVersion?.findings ?? []).map((f) => findingView(f, reviews)),
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function reportView(v: ReportVersion & { agency: Agency; findings: Finding[] }, reviews: Map<string, ReviewRow>): ReportView {
  return {
    id: v.id,
    agency: { id: v.agency.id, name: v.agency.name },
    year: v.year,
    formatVersion: v.formatVersion as FormatVersion,
    version: v.version,
    current: v.current,
    submissionId: v.submissionId,
    createdAt: v.createdAt.toISOString(),
    report: v.report as unknown as CanonicalReport,
    provenance: v.provenance as unknown as Record<string, CellProvenance>,
    findings: v.findings.map((f) => findingView(f, reviews)),
  };
}

export function reportSummary(v: {
  id: string;
  year: number;
  formatVersion: string;
  version: number;
  submissionId: string | null;
  createdAt: Date;
  agency: { id: string; name: string };
  figures: Map<string, number | null>;
  counts: Map<string, number>;
}): ReportSummary {
  const fig = (key: string) => v.figures.get(key) ?? null;
  return {
    id: v.id,
    agency: v.agency,
    year: v.year,
    formatVersion: v.formatVersion as FormatVersion,
    version: v.version,
    submissionId: v.submissionId,
    createdAt: v.createdAt.toISOString(),
    keyFigures: {
      newReceived: fig(KEY_FIGURE_KEYS.newReceived),
      totalProcessed: fig(KEY_FIGURE_KEYS.totalProcessed),
      carriedForward: fig(KEY_FIGURE_KEYS.carriedForward),
      reviewTotal: fig(KEY_FIGURE_KEYS.reviewTotal),
    },
    findingCounts: { error: v.counts.get('error') ?? 0, warning: v.counts.get('warning') ?? 0, info: v.counts.get('info') ?? 0 },
  };
}

export function agencyView(a: Agency & { region: Region | null }): AgencyView {
  return {
    id: a.id,
    name: a.name,
    regionCode: a.regionCode,
    regionName: a.region?.name ?? null,
    level: a.level,
    category: a.category,
    aggregateId: a.aggregateId,
  };
}

export function jobRunView(r: JobRun): JobRunView {
  return {
    id: r.id,
    queue: r.queue,
    jobName: r.jobName,
    status: r.status,
    progress: r.progress,
    total: r.total,
    error: r.error,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

export function regionView(r: Region): RegionView {
  return { code: r.code, name: r.name, level: r.level as RegionView['level'], parentCode: r.parentCode };
}
