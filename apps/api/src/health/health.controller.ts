import { Controller, Get, Res } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { Response } from 'express';
import type { HealthView } from '@nianbao/api-contract';
import { PrismaService } from '@nianbao/db';
import { QUEUES } from '@nianbao/jobs';

const REDIS_TIMEOUT_MS = 1500;

@Controller('health')
export class HealthController {
  constructor(
    private readonly prisma: PrismaService,
    @InjectQueue(QUEUES.ingest) private readonly queue: Queue,
  ) {}

  /** 200 when PostgreSQL and Redis both answer, 503 otherwise. */
  @Get()
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthView> {
    const [postgres, redis] = await Promise.all([this.prisma.isHealthy(), this.redisHealthy()]);
    const ok = postgres && redis;
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', postgres, redis };
  }

  private async redisHealthy(): Promise<boolean> {
    // A real round trip through the queue's own connection (BullMQ 6 hides the raw client).
    const ping = this.queue.getJobCounts('waiting').then(() => true);
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), REDIS_TIMEOUT_MS).unref());
    return Promise.race([ping.catch(() => false), timeout]);
  }
}
