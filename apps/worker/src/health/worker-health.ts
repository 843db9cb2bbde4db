import { createServer, type Server } from 'node:http';
import type { Queue } from 'bullmq';
import type { PrismaService } from '@nianbao/db';

/**
 * A tiny HTTP health endpoint for the worker (no Nest HTTP stack in this process): 200 when
 * PostgreSQL and Redis answer, 503 otherwise, with the queue counts.
 */
export function startWorkerHealth(port: number, prisma: PrismaService, queues: Queue[]): Server {
  const server = createServer((req, res) => {
    if (req.url !== '/health') {
      res.writeHead(404).end();
      return;
    }
    void (async () => {
      const postgres = await prisma.isHealthy();
      const counts: Record<string, Record<string, number>> = {};
      let redis = true;
      try {
        for (const q of queues) counts[q.name] = await withTimeout(q.getJobCounts('waiting', 'active', 'delayed', 'failed'), 2000);
      } catch {
        redis = false;
      }
      const ok = postgres && redis;
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: ok ? 'ok' : 'unavailable', postgres, redis, queues: counts }));
    })();
  });
  server.listen(port, '127.0.0.1');
  return server;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timeout')), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}
