import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { loadEnv } from '@nianbao/config';
import { JobRunRepository, ReportRepository } from '@nianbao/db';
import { JOBS, QUEUES } from '@nianbao/jobs';
import { RULESET_VERSION } from '@nianbao/rules';

/**
 * At start-up: registers the repeating reconcile job, and starts a re-validation of every stored
 * report when the ruleset changed since the last one (one job per ruleset version, deduped by id).
 */
@Injectable()
export class SchedulesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SchedulesService.name);

  constructor(
    @InjectQueue(QUEUES.checks) private readonly checks: Queue,
    private readonly runs: JobRunRepository,
    private readonly reports: ReportRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = loadEnv().RECONCILE_EVERY_SECONDS * 1000;
    await this.checks.upsertJobScheduler('reconcile', { every }, { name: JOBS.reconcile.name, data: { v: 1 } });
    // Nightly, 02:00 Beijing time: cross-report rules over every current report (late submissions, merged agencies).
    await this.checks.upsertJobScheduler('cross-sweep', { pattern: '0 0 18 * * *', tz: 'UTC' }, { name: JOBS.crossSweep.name, data: { v: 1 } });
    const last = await this.runs.lastRevalidatedRuleset();
    if (last !== RULESET_VERSION && (await this.reports.countCurrent()) > 0) {
      this.logger.log(`ruleset ${last ?? '(none)'} → ${RULESET_VERSION}: re-validating stored reports`);
      await this.checks.add(
        JOBS.revalidateAll.name,
        { v: 1, rulesetVersion: RULESET_VERSION, correlationId: `revalidate-${RULESET_VERSION}` },
        { jobId: `revalidate-${RULESET_VERSION}`, attempts: 1 },
      );
    }
  }
}
