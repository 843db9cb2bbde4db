import '../../test/redis-down.env';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import request from 'supertest';
import { createApiApp } from '../create-app';

let app: NestExpressApplication;
beforeAll(async () => {
  app = await createApiApp();
  await app.init();
}, 30_000);
afterAll(async () => {
  await app?.close();
});

describe('api without Redis', () => {
  it('answers 503 on /health, naming what is down', async () => {
    const res = await request(app.getHttpServer() as Server).get('/api/v1/health').expect(503);
    expect(res.body).toEqual({ status: 'unavailable', postgres: true, redis: false });
  });

  it('still accepts a submission: it is committed to PostgreSQL and left for the reconcile job', async () => {
    const res = await request(app.getHttpServer() as Server)
      .post('/api/v1/submissions')
      .attach('file', Buffer.from('x'), 'x.txt')
      .expect(202);
    expect(res.body.status).toBe('queued');
  });
});
