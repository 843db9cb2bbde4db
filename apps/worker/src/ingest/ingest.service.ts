import { Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { AmbiguousAgencyError, ReportRepository, SubmissionRepository, type Accepted } from '@nianbao/db';
import { JOBS, QUEUES, STRUCTURED_REPORT_TYPE, type CrossCheckPayload } from '@nianbao/jobs';
import { parseDocument } from '@nianbao/parsers';
import { parseCanonicalReport, type CanonicalReport, type CellProvenance, type Finding, type ParseFinding } from '@nianbao/report';
import { RULESET_VERSION, validateReport } from '@nianbao/rules';

export type IngestResult =
  | { status: 'accepted'; reportVersionId: string; version: number; created: boolean }
  | { status: 'rejected'; reason: string }
  | { status: 'skipped' };

interface Recognised {
  report: CanonicalReport;
  provenance: Record<string, CellProvenance>;
  parseFindings: ParseFinding[];
  mediaType: string | null;
  encoding: string | null;
}

/**
 * One submission from bytes to stored report. Errors found by the rules do not block acceptance: they
 * are stored as findings for reviewers. Only a document that is not a report is rejected.
 */
@Injectable()
export class IngestService {
  private readonly logger = new Logger(IngestService.name);

  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly reports: ReportRepository,
    @InjectQueue(QUEUES.checks) private readonly checks: Queue,
  ) {}

  async ingest(submissionId: string, correlationId: string): Promise<IngestResult> {
    const submission = await this.submissions.claim(submissionId);
    if (!submission) {
      this.logger.log(`[${correlationId}] submission ${submissionId} already finished: nothing to do`);
      return { status: 'skipped' };
    }
    const bytes = submission.document?.content;
    if (!bytes) return this.reject(submissionId, correlationId, '提交内容缺失（没有保存的文件）', {});

    const read = submission.declaredType === STRUCTURED_REPORT_TYPE ? readJson(bytes) : await readDocument(bytes);
    if (!read.ok) return this.reject(submissionId, correlationId, read.reason, read.detected);
    const { report } = read.value;

    const agencyName = submission.agencyHint ?? report.agency.name;
    if (!agencyName) return this.reject(submissionId, correlationId, '无法确定报告机关：文档标题中没有机关名称，提交时也未填写 agency', read.detected);
    const year = submission.yearHint ?? report.year;
    if (year === null) return this.reject(submissionId, correlationId, '无法确定报告年度：文档中没有年度，提交时也未填写 year', read.detected);

    const findings = validateReport({ report, provenance: read.value.provenance });
    let accepted: Accepted;
    try {
      accepted = await this.reports.accept({
        submissionId,
        agencyName,
        regionCode: submission.regionHint,
        year,
        report,
        provenance: read.value.provenance,
        parseFindings: read.value.parseFindings.map(asStoredFinding),
        findings,
        rulesetVersion: RULESET_VERSION,
        mediaType: read.value.mediaType,
        encoding: read.value.encoding,
      });
    } catch (e) {
      if (e instanceof AmbiguousAgencyError) return this.reject(submissionId, correlationId, e.message, read.detected);
      throw e;
    }
    const errors = findings.filter((f) => f.severity === 'error').length;
    this.logger.log(
      `[${correlationId}] submission ${submissionId} accepted: ${agencyName} ${year} v${accepted.version} (${findings.length} findings, ${errors} errors)`,
    );
    if (accepted.created) await this.enqueueCrossCheck({ v: 1, agencyId: accepted.agencyId, year, correlationId });
    return { status: 'accepted', reportVersionId: accepted.reportVersionId, version: accepted.version, created: accepted.created };
  }

  /** Cross-year and roll-up checks of the agency (X.*); they never hold up the acceptance itself. */
  private async enqueueCrossCheck(payload: CrossCheckPayload): Promise<void> {
    await this.checks.add(JOBS.crossCheck.name, payload);
  }

  private async reject(id: string, correlationId: string, reason: string, detected: { mediaType?: string | null; encoding?: string | null }): Promise<IngestResult> {
    await this.submissions.reject(id, reason, detected);
    this.logger.log(`[${correlationId}] submission ${id} rejected: ${reason}`);
    return { status: 'rejected', reason };
  }
}

type Read = { ok: true; value: Recognised; detected: Detected } | { ok: false; reason: string; detected: Detected };
interface Detected {
  mediaType?: string | null;
  encoding?: string | null;
}

async function readDocument(bytes: Uint8Array): Promise<Read> {
  const outcome = await parseDocument(bytes);
  const detected = { mediaType: outcome.container ?? null, encoding: outcome.encoding ?? null };
  if (!outcome.ok) return { ok: false, reason: outcome.reason, detected };
  const { report, provenance, findings } = outcome.result;
  return { ok: true, value: { report, provenance, parseFindings: findings, ...detected }, detected };
}

/** A structured submission: the API validated it already; re-checked because the bytes are the truth. */
function readJson(bytes: Uint8Array): Read {
  const detected = { mediaType: 'json', encoding: 'utf-8' };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    return { ok: false, reason: `JSON 无法读取：${(e as Error).message}`, detected };
  }
  const parsed = parseCanonicalReport(data);
  if (!parsed.ok) return { ok: false, reason: `不是有效的规范化报告：${parsed.errors.slice(0, 5).join('; ')}`, detected };
  return { ok: true, value: { report: parsed.report, provenance: {}, parseFindings: [], ...detected }, detected };
}

/** Parse findings are stored beside rule findings, in the same shape. */
function asStoredFinding(f: ParseFinding): Finding {
  return { rule: f.rule, severity: f.severity, outcome: 'fail', cells: f.cells, expected: null, actual: null, message: f.message };
}
