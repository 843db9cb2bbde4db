import { Logger } from '@nestjs/common';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { JobRunRepository } from '@nianbao/db';
import { InvalidJobPayloadError, JOBS, QUEUES, isJobName, parseJobPayload, type JobName } from '@nianbao/jobs';
import { CrossCheckService } from './cross-check.service';
import { ReconcileService } from './reconcile.service';
import { RevalidateService } from './revalidate.service';

/** The housekeeping queue: one processor, one handler per job name (start-up fails on a name without one). */
@Processor(QUEUES.checks, { concurrency: 1 })
export class ChecksProcessor extends WorkerHost {
  private readonly logger = new Logger(ChecksProcessor.name);
  private readonly handlers: Partial<Record<JobName, (job: Job, runId: string) => Promise<unknown>>>;

  constructor(
    reconcile: ReconcileService,
    revalidate: RevalidateService,
    cross: CrossCheckService,
    private readonly runs: JobRunRepository,
    @InjectQueue(QUEUES.checks) checks: Queue,
  ) {
    super();
    this.handlers = {
      [JOBS.reconcile.name]: () => reconcile.reconcile(),
      // A new ruleset may change cross-report rules too: a sweep follows the re-validation.
      [JOBS.revalidateAll.name]: async (_job, runId) => {
        const done = await revalidate.revalidateAll(runId);
        await checks.add(JOBS.crossSweep.name, { v: 1 });
        return done;
      },
      [JOBS.crossCheck.name]: (job) => {
        const p = parseJobPayload(JOBS.crossCheck.name, job.data);
        return cross.check(p.agencyId, p.year);
      },
      [JOBS.crossSweep.name]: (_job, runId) => cross.sweep(runId),
    };
    const missing = Object.values(JOBS).filter((j) => j.queue === QUEUES.checks && !this.handlers[j.name]);
    if (missing.length > 0) throw new Error(`queue ${QUEUES.checks}: no handler for ${missing.map((j) => j.name).join(', ')}`);
  }

  async process(job: Job): Promise<unknown> {
    const handler = isJobName(job.name) ? this.handlers[job.name] : undefined;
    if (!handler || !isJobName(job.name)) throw new UnrecoverableError(`queue ${QUEUES.checks} has no handler for job ${job.name}`);
    let payload: unknown;
    try {
      payload = parseJobPayload(job.name, job.data);
    } catch (e) {
      if (e instanceof InvalidJobPayloadError) throw new UnrecoverableError(e.message);
      throw e;
    }
    const correlationId = (payload as { correlationId?: string }).correlationId ?? null;
    const run = await this.runs.start({ queue: QUEUES.checks, jobName: job.name, jobId: job.id ?? null, payload, correlationId });
    try {
      const result = await handler(job, run.id);
      await this.runs.complete(run.id);
      return result;
    } catch (e) {
      this.logger.error(`job ${job.name} ${job.id} failed: ${(e as Error).message}`);
      await this.runs.fail(run.id, (e as Error).message);
      throw e;
    }
  }
}
