import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { BullModule } from '@nestjs/bullmq';
import { loadEnv, redisConnection } from '@nianbao/config';
import { DbModule } from '@nianbao/db';
import { DEFAULT_JOB_OPTIONS, QUEUES } from '@nianbao/jobs';
import { AgenciesController } from './agencies/agencies.controller';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { correlationId } from './common/correlation-id.middleware';
import { FindingsController } from './findings/findings.controller';
import { HealthController } from './health/health.controller';
import { JobsController } from './jobs/jobs.controller';
import { ReportsController } from './reports/reports.controller';
import { SubmissionsController } from './submissions/submissions.controller';
import { SubmissionsService } from './submissions/submissions.service';
import { TemplatesController } from './templates/templates.controller';

const env = loadEnv();

@Module({
  imports: [
    DbModule,
    BullModule.forRoot({
      // The API only produces jobs: with Redis down it must fail fast, not queue commands in memory.
      connection: { ...redisConnection(env.REDIS_URL), enableOfflineQueue: false, maxRetriesPerRequest: 1 },
      prefix: env.QUEUE_PREFIX,
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    }),
    BullModule.registerQueue({ name: QUEUES.ingest }),
  ],
  controllers: [SubmissionsController, ReportsController, AgenciesController, FindingsController, HealthController, JobsController, TemplatesController],
  providers: [SubmissionsService, { provide: APP_FILTER, useClass: ApiExceptionFilter }],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(correlationId).forRoutes('*path');
  }
}
