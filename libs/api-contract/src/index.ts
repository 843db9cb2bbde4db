import type { CanonicalReport, CellProvenance, Finding, FormatVersion } from '@nianbao/report';

export const API_PREFIX = '/api/v1';

export type SubmissionStatus = 'queued' | 'processing' | 'accepted' | 'rejected' | 'failed';

/** 202 answer of POST /api/v1/submissions. */
export interface SubmissionCreated {
  id: string;
  status: SubmissionStatus;
}

/** GET /api/v1/submissions/:id */
export interface SubmissionView {
  id: string;
  status: SubmissionStatus;
  /** Why a submission was rejected or failed, in one line. */
  error: string | null;
  mediaType: string | null;
  encoding: string | null;
  sha256: string;
  sizeBytes: number;
  agencyName: string | null;
  year: number | null;
  reportVersionId: string | null;
  findings: StoredFinding[];
  createdAt: string;
  updatedAt: string;
}

export type ReviewDecision = 'confirmed' | 'dismissed';

export interface FindingReview {
  decision: ReviewDecision;
  comment: string;
  reviewer: string;
  decidedAt: string;
}

/** A finding as stored: the rule engine's finding, the ruleset that produced it, and its review if any. */
export interface StoredFinding extends Finding {
  id: string;
  rulesetVersion: string;
  reportVersionId: string;
  review: FindingReview | null;
}

export interface AgencyRef {
  id: string;
  name: string;
}

export interface AgencyView extends AgencyRef {
  regionCode: string | null;
  regionName: string | null;
  level: string | null;
  category: string | null;
  /** The 本级政府 agency whose aggregated report sums this one's (X.rollup), if any. */
  aggregateId?: string | null;
}

/** The figures a list of reports shows per row (applications.*.total, disputes.review.total). */
export interface KeyFigures {
  newReceived: number | null;
  totalProcessed: number | null;
  carriedForward: number | null;
  reviewTotal: number | null;
}

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

/** One row of GET /api/v1/reports?agency=&year= (current versions only). */
export interface ReportSummary {
  id: string;
  agency: AgencyRef;
  year: number;
  formatVersion: FormatVersion;
  version: number;
  submissionId: string | null;
  createdAt: string;
  keyFigures: KeyFigures;
  findingCounts: FindingCounts;
}

export interface ReportList {
  items: ReportSummary[];
}

/** GET /api/v1/reports/:id */
export interface ReportView {
  id: string;
  agency: AgencyRef;
  year: number;
  formatVersion: FormatVersion;
  version: number;
  current: boolean;
  submissionId: string | null;
  createdAt: string;
  report: CanonicalReport;
  provenance: Record<string, CellProvenance>;
  findings: StoredFinding[];
}

/** GET /api/v1/findings/summary: how many current reports break each rule. */
export interface RuleSummaryRow {
  rule: string;
  severity: Finding['severity'];
  reports: number;
  findings: number;
}

/** Every error answer (4xx/5xx) of the API. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
}

/** GET /api/v1/health: 200 when PostgreSQL and Redis answer, 503 (same shape) when either does not. */
export interface HealthView {
  status: 'ok' | 'unavailable';
  postgres: boolean;
  redis: boolean;
}

/** Body of POST /api/v1/findings/:id/review. */
export interface ReviewRequest {
  decision: ReviewDecision;
  comment?: string;
  reviewer: string;
}

/** GET /api/v1/findings?agency=&region=&year=&rule=&severity= (current report versions only). */
export interface FindingList {
  items: (StoredFinding & { agency: AgencyRef; year: number })[];
}

/** GET /api/v1/findings/summary?year=&region= */
export interface RuleSummary {
  items: RuleSummaryRow[];
}

/** GET /api/v1/jobs?name=: background jobs as recorded in PostgreSQL (re-validation progress etc.). */
export interface JobRunView {
  id: string;
  queue: string;
  jobName: string;
  status: 'running' | 'completed' | 'failed';
  progress: number;
  total: number | null;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
}

/** GET /api/v1/regions; PUT /api/v1/regions/:code takes the same shape without `code`. */
export interface RegionView {
  /** GB/T 2260 code, e.g. 410700. */
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township';
  parentCode: string | null;
}

/** Body of PATCH /api/v1/agencies/:id: only the fields given change; null clears. */
export interface AgencyUpdate {
  regionCode?: string | null;
  level?: string | null;
  category?: string | null;
  aggregateId?: string | null;
}
