import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma.service';

export interface StartJobRun {
  queue: string;
  jobName: string;
  jobId: string | null;
  payload: unknown;
  correlationId: string | null;
  total?: number | null;
}

@Injectable()
export class JobRunRepository {
  constructor(private readonly prisma: PrismaService) {}

  start(input: StartJobRun) {
    return this.prisma.jobRun.create({
      data: { ...input, payload: input.payload as Prisma.InputJsonValue, total: input.total ?? null },
      select: { id: true },
    });
  }

  progress(id: string, progress: number, total?: number) {
    return this.prisma.jobRun.update({ where: { id }, data: { progress, ...(total !== undefined ? { total } : {}) } });
  }

  complete(id: string) {
    return this.prisma.jobRun.update({ where: { id }, data: { status: 'completed', finishedAt: new Date() } });
  }

  fail(id: string, error: string) {
    return this.prisma.jobRun.update({ where: { id }, data: { status: 'failed', error: error.slice(0, 2000), finishedAt: new Date() } });
  }

  recent(jobName?: string, take = 50) {
    return this.prisma.jobRun.findMany({ where: jobName ? { jobName } : {}, orderBy: { startedAt: 'desc' }, take });
  }

  /** The ruleset version the last completed re-validation ran with (null when none ever did). */
  async lastRevalidatedRuleset(): Promise<string | null> {
    const run = await this.prisma.jobRun.findFirst({ where: { jobName: 'revalidate-all', status: 'completed' }, orderBy: { startedAt: 'desc' } });
    const payload = run?.payload as { rulesetVersion?: unknown } | undefined;
    return typeof payload?.rulesetVersion === 'string' ? payload.rulesetVersion : null;
  }
}
