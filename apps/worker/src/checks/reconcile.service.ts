import { Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { loadEnv } from '@nianbao/config';
import { SubmissionRepository } from '@nianbao/db';
import { JOBS, QUEUES, type IngestPayload } from '@nianbao/jobs';

/** Job states in which BullMQ will still run the job by itself. */
const LIVE_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/**
 * PostgreSQL is the source of truth for submissions; Redis only carries the work. A submission that
 * stays queued or processing without a live job (Redis restarted, enqueue failed after the commit)
 * is handed to the queue again under its own id.
 */
@Injectable()
export class ReconcileService {
  private readonly logger = new Logger(ReconcileService.name);

  constructor(
    private readonly submissions: SubmissionRepository,
    @InjectQueue(QUEUES.ingest) private readonly ingest: Queue,
  ) {}

  async reconcile(stuckAfterSeconds = loadEnv().STUCK_AFTER_SECONDS): Promise<{ requeued: number; live: number }> {
    const stuck = await this.submissions.findStuck(new Date(Date.now() - stuckAfterSeconds * 1000));
    let requeued = 0;
    let live = 0;
    for (const s of stuck) {
      const job = await this.ingest.getJob(s.id);
      if (job) {
        const state = await job.getState();
        if (LIVE_STATES.has(state)) {
          live++;
          continue;
        }
        // A finished job under this id would make add() a no-op (BullMQ dedupes by id).
        await job.remove();
      }
      const payload: IngestPayload = { v: 1, submissionId: s.id, correlationId: s.correlationId };
      await this.ingest.add(JOBS.ingest.name, payload, { jobId: s.id });
      await this.submissions.touch(s.id);
      requeued++;
    }
    if (requeued > 0) this.logger.warn(`re-enqueued ${requeued} stuck submission(s)`);
    return { requeued, live };
  }
}
