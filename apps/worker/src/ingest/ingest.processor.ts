import { Logger } from '@nestjs/common';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { JobRunRepository, SubmissionRepository } from '@nianbao/db';
import { InvalidJobPayloadError, JOBS, QUEUES, parseJobPayload } from '@nianbao/jobs';
import { loadEnv } from '@nianbao/config';
import { IngestService, type IngestResult } from './ingest.service';

@Processor(QUEUES.ingest, { concurrency: loadEnv().INGEST_CONCURRENCY })
export class IngestProcessor extends WorkerHost {
  private readonly logger = new Logger(IngestProcessor.name);

  constructor(
    private readonly ingest: IngestService,
    private readonly submissions: SubmissionRepository,
    private readonly runs: JobRunRepository,
  ) {
    super();
  }

  async process(job: Job): Promise<IngestResult> {
    if (job.name !== JOBS.ingest.name) throw new Error(`queue ${QUEUES.ingest} has no handler for job ${job.name}`);
    const payload = parsePayload(job);
    const run = await this.runs.start({ queue: QUEUES.ingest, jobName: job.name, jobId: job.id ?? null, payload, correlationId: payload.correlationId });
    try {
      const result = await this.ingest.ingest(payload.submissionId, payload.correlationId);
      await this.runs.complete(run.id);
      return result;
    } catch (e) {
      await this.runs.fail(run.id, (e as Error).message);
      throw e;
    }
  }

  /** After the last attempt the submission is marked failed, so it leaves the reconcile sweep. */
  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    this.logger.warn(`ingest job ${job.id} failed (attempt ${job.attemptsMade}/${attempts}): ${error.message}`);
    if (job.attemptsMade < attempts && !(error instanceof UnrecoverableError)) return;
    const submissionId = (job.data as { submissionId?: unknown }).submissionId;
    if (typeof submissionId === 'string') await this.submissions.fail(submissionId, `处理失败：${error.message}`).catch(() => undefined);
  }
}

/** A payload the worker cannot read will not become readable on retry: fail the job at once. */
function parsePayload(job: Job) {
  try {
    return parseJobPayload(JOBS.ingest.name, job.data);
  } catch (e) {
    if (e instanceof InvalidJobPayloadError) throw new UnrecoverableError(e.message);
    throw e;
  }
}
