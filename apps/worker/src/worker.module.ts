import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { loadEnv, redisConnection } from '@nianbao/config';
import { DbModule } from '@nianbao/db';
import { DEFAULT_JOB_OPTIONS, QUEUES } from '@nianbao/jobs';
import { ChecksProcessor } from './checks/checks.processor';
import { CrossCheckService } from './checks/cross-check.service';
import { ReconcileService } from './checks/reconcile.service';
import { RevalidateService } from './checks/revalidate.service';
import { SchedulesService } from './checks/schedules.service';
import { IngestProcessor } from './ingest/ingest.processor';
import { IngestService } from './ingest/ingest.service';

const env = loadEnv();

@Module({
  imports: [
    DbModule,
    BullModule.forRoot({
      // Workers block on Redis: ioredis must retry forever instead of failing a command.
      connection: { ...redisConnection(env.REDIS_URL), maxRetriesPerRequest: null },
      prefix: env.QUEUE_PREFIX,
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    }),
    BullModule.registerQueue({ name: QUEUES.ingest }, { name: QUEUES.checks }),
  ],
  providers: [IngestService, IngestProcessor, ReconcileService, RevalidateService, CrossCheckService, ChecksProcessor, SchedulesService],
})
export class WorkerModule {}
