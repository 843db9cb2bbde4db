import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { API_PREFIX } from '@nianbao/api-contract';
import { loadEnv, logLevels } from '@nianbao/config';
import { AppModule } from './app.module';

/** The configured API application, not yet listening (main.ts listens; tests use its HTTP server). */
export async function createApiApp(): Promise<NestExpressApplication> {
  const env = loadEnv();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: logLevels(env.LOG_LEVEL), bodyParser: false });
  app.setGlobalPrefix(API_PREFIX.replace(/^\//, ''));
  // A canonical report as JSON is ~30 KB; the upload limit bounds it like a document.
  app.useBodyParser('json', { limit: env.MAX_UPLOAD_BYTES });
  app.useBodyParser('urlencoded', { extended: false, limit: '100kb' });
  app.enableShutdownHooks();
  return app;
}
