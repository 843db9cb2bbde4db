import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { loadEnv, logLevels } from '@nianbao/config';
import { PrismaService } from '@nianbao/db';
import { QUEUES } from '@nianbao/jobs';
import { startWorkerHealth } from './health/worker-health';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const env = loadEnv();
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: logLevels(env.LOG_LEVEL) });
  app.enableShutdownHooks();
  const queues = Object.values(QUEUES).map((name) => app.get<Queue>(getQueueToken(name)));
  const health = startWorkerHealth(env.WORKER_HEALTH_PORT, app.get(PrismaService), queues);
  process.once('SIGTERM', () => health.close());
  process.once('SIGINT', () => health.close());
  new Logger('Worker').log(`worker running; health on http://127.0.0.1:${env.WORKER_HEALTH_PORT}/health`);
}

void bootstrap();
