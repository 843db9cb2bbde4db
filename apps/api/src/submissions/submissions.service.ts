import { createHash } from 'node:crypto';
import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { SubmissionCreated } from '@nianbao/api-contract';
import { SubmissionRepository } from '@nianbao/db';
import { JOBS, QUEUES, type IngestPayload } from '@nianbao/jobs';

export interface IncomingDocument {
  content: Uint8Array;
  declaredType: string | null;
  fileName: string | null;
  agencyHint: string | null;
  regionHint: string | null;
  yearHint: number | null;
}

const ENQUEUE_TIMEOUT_MS = 3000;

@Injectable()
export class SubmissionsService {
  private readonly logger = new Logger(SubmissionsService.name);

  constructor(
    private readonly submissions: SubmissionRepository,
    @InjectQueue(QUEUES.ingest) private readonly ingest: Queue,
  ) {}

  /**
   * Commits the submission and its bytes first, then enqueues its ingest job under the submission id
   * (BullMQ dedupes by id). When Redis cannot take the job now, the submission stays queued in
   * PostgreSQL and the worker's reconcile job enqueues it later: the 202 is still true.
   */
  async submit(doc: IncomingDocument, correlationId: string): Promise<SubmissionCreated> {
    const sha256 = createHash('sha256').update(doc.content).digest('hex');
    const created = await this.submissions.create({ ...doc, sha256, correlationId });
    const payload: IngestPayload = { v: 1, submissionId: created.id, correlationId };
    try {
      await withTimeout(this.ingest.add(JOBS.ingest.name, payload, { jobId: created.id }), ENQUEUE_TIMEOUT_MS);
      this.logger.log(`[${correlationId}] submission ${created.id} stored (${doc.content.byteLength} bytes) and queued`);
    } catch (e) {
      this.logger.warn(`[${correlationId}] submission ${created.id} stored; enqueue failed, reconcile will retry: ${(e as Error).message}`);
    }
    return { id: created.id, status: created.status };
  }

  /**
   * Redrive: a submission that failed (e.g. PostgreSQL was away through every attempt) is queued
   * again under its own id, after the finished job that holds that id is removed.
   */
  async retry(id: string, correlationId: string): Promise<SubmissionCreated> {
    const s = await this.submissions.findView(id);
    if (!s) throw new NotFoundException(`没有这个提交：${id}`);
    if (!(await this.submissions.requeueFailed(id))) throw new ConflictException(`只有处理失败的提交可以重试（当前状态：${s.status}）`);
    const old = await this.ingest.getJob(id);
    if (old && (await old.isFailed() || await old.isCompleted())) await old.remove();
    const payload: IngestPayload = { v: 1, submissionId: id, correlationId };
    try {
      await withTimeout(this.ingest.add(JOBS.ingest.name, payload, { jobId: id }), ENQUEUE_TIMEOUT_MS);
    } catch (e) {
      this.logger.warn(`[${correlationId}] submission ${id} re-queued in PostgreSQL; enqueue failed, reconcile will retry: ${(e as Error).message}`);
    }
    return { id, status: 'queued' };
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}
