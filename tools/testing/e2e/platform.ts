import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Server } from 'node:http';
import { createApiApp } from '../../../apps/api/src/create-app';
import { WorkerModule } from '../../../apps/worker/src/worker.module';

/** The api and the worker of the platform in this process, on the test database and Redis index. */
export interface Platform {
  api: INestApplication;
  worker: INestApplicationContext;
  http: Server;
  close(): Promise<void>;
}

export async function startPlatform(): Promise<Platform> {
  const api = await createApiApp();
  await api.init();
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn'] });
  await worker.init();
  return {
    api,
    worker,
    http: api.getHttpServer() as Server,
    async close() {
      await worker.close();
      await api.close();
    },
  };
}
