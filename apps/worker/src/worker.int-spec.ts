import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JobRunRepository, PrismaService, SubmissionRepository } from '@nianbao/db';
import { JOBS, QUEUES, STRUCTURED_REPORT_TYPE } from '@nianbao/jobs';
import { emptyReport, setPath, type CanonicalReport } from '@nianbao/report';
import { CrossCheckService } from './checks/cross-check.service';
import { ReconcileService } from './checks/reconcile.service';
import { RevalidateService } from './checks/revalidate.service';
import { WorkerModule } from './worker.module';

const SEED = readFileSync(path.join(__dirname, '..', '..', '..', 'tools', 'testing', 'documents', 'xinxiang-police-2023.txt'));

let ctx: INestApplicationContext;
let prisma: PrismaService;
let submissions: SubmissionRepository;
let ingestQueue: Queue;

beforeAll(async () => {
  ctx = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
  await ctx.init();
  prisma = ctx.get(PrismaService);
  submissions = ctx.get(SubmissionRepository);
  ingestQueue = ctx.get<Queue>(getQueueToken(QUEUES.ingest));
}, 30_000);
afterAll(async () => {
  await ctx?.close();
});

function store(content: Uint8Array, declaredType: string | null = 'text/plain') {
  return submissions.create({ content, sha256: 'test', declaredType, fileName: null, agencyHint: null, regionHint: null, yearHint: null, correlationId: `test-${Date.now()}` });
}

async function settled(id: string, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = await prisma.submission.findUniqueOrThrow({ where: { id }, include: { reportVersion: true } });
    if (s.status !== 'queued' && s.status !== 'processing') return s;
    if (Date.now() > until) throw new Error(`submission ${id} still ${s.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function structured(agency: string, year: number, cells: Record<string, number>): Uint8Array {
  const r: CanonicalReport = emptyReport('2021');
  r.agency.name = agency;
  r.year = year;
  for (const [k, v] of Object.entries(cells)) setPath(r as unknown as Record<string, unknown>, k, v);
  return new TextEncoder().encode(JSON.stringify(r));
}

describe('worker', () => {
  it('reconcile hands a submission whose job was lost back to the queue, and the worker finishes it', async () => {
    const s = await store(SEED); // stored, never enqueued: as if Redis lost the job
    await new Promise((r) => setTimeout(r, 50));
    const result = await ctx.get(ReconcileService).reconcile(0);
    expect(result.requeued).toBeGreaterThanOrEqual(1);
    const done = await settled(s.id);
    expect(done.status).toBe('accepted');
    expect(done.reportVersion?.year).toBe(2023);
  });

  it('a duplicate delivery of one submission stores one report version', async () => {
    const s = await store(SEED);
    const payload = { v: 1, submissionId: s.id, correlationId: 'dup' };
    await Promise.all([
      ingestQueue.add(JOBS.ingest.name, payload, { jobId: s.id }),
      ingestQueue.add(JOBS.ingest.name, payload, { jobId: s.id }), // deduped by BullMQ
      ingestQueue.add(JOBS.ingest.name, payload, { jobId: `${s.id}-again` }), // a second job all the same
    ]);
    const done = await settled(s.id);
    expect(done.status).toBe('accepted');
    await new Promise((r) => setTimeout(r, 500)); // let the second job run too
    expect(await prisma.reportVersion.count({ where: { submissionId: s.id } })).toBe(1);
  });

  it('fails a job whose payload it cannot read at once, without retries', async () => {
    const job = await ingestQueue.add(JOBS.ingest.name, { v: 99, submissionId: 'x' });
    const until = Date.now() + 10_000;
    while ((await job.getState()) !== 'failed' && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    const failed = await ingestQueue.getJob(job.id ?? '');
    expect(await failed?.getState()).toBe('failed');
    expect(failed?.attemptsMade).toBe(1);
    expect(failed?.failedReason).toMatch(/invalid payload/);
  });

  it('checks carry-over across years after acceptance (X.carryOver on the later year)', async () => {
    const agency = `跨年测试局-${Date.now()}`;
    const y2022 = await store(structured(agency, 2022, { 'applications.carriedForward.total': 3, 'applications.carriedForward.naturalPerson': 3 }), STRUCTURED_REPORT_TYPE);
    await ingestQueue.add(JOBS.ingest.name, { v: 1, submissionId: y2022.id, correlationId: 'x1' }, { jobId: y2022.id });
    await settled(y2022.id);
    const y2023 = await store(structured(agency, 2023, { 'applications.carriedOver.total': 2, 'applications.carriedOver.naturalPerson': 2 }), STRUCTURED_REPORT_TYPE);
    await ingestQueue.add(JOBS.ingest.name, { v: 1, submissionId: y2023.id, correlationId: 'x2' }, { jobId: y2023.id });
    const done = await settled(y2023.id);
    expect(done.status).toBe('accepted');
    const versionId = done.reportVersion?.id ?? '';
    const until = Date.now() + 10_000;
    let cross: { rule: string; cells: string[]; related: unknown }[] = [];
    while (cross.length === 0 && Date.now() < until) {
      cross = await prisma.finding.findMany({ where: { reportVersionId: versionId, scope: 'cross' } });
      await new Promise((r) => setTimeout(r, 100));
    }
    const carry = cross.filter((f) => f.rule === 'X.carryOver');
    expect(carry.map((f) => f.cells[0]).sort()).toEqual(['applications.carriedOver.naturalPerson', 'applications.carriedOver.total']);
    expect(JSON.stringify(carry[0]?.related)).toContain('applications.carriedForward');
  });

  it('finds an agency overdue with next year\'s report, and clears that once the report arrives', async () => {
    const agency = `逾期测试局-${Date.now()}`;
    const y2022 = await store(structured(agency, 2022, {}), STRUCTURED_REPORT_TYPE);
    await ingestQueue.add(JOBS.ingest.name, { v: 1, submissionId: y2022.id, correlationId: 'm1' }, { jobId: y2022.id });
    const first = await settled(y2022.id);
    const cross = ctx.get(CrossCheckService);

    await cross.missing(new Date(Date.UTC(2024, 0, 15))); // the 2023 report is due by 31 January 2024
    expect(await prisma.finding.count({ where: { reportVersionId: first.reportVersion?.id, rule: 'X.missing' } })).toBe(0);
    await cross.missing(new Date(Date.UTC(2024, 1, 15)));
    const missing = await prisma.finding.findMany({ where: { reportVersionId: first.reportVersion?.id, rule: 'X.missing' } });
    expect(missing).toHaveLength(1);
    expect(missing[0]?.message).toContain('2023');

    const y2023 = await store(structured(agency, 2023, {}), STRUCTURED_REPORT_TYPE);
    await ingestQueue.add(JOBS.ingest.name, { v: 1, submissionId: y2023.id, correlationId: 'm2' }, { jobId: y2023.id });
    const second = await settled(y2023.id);
    await cross.check(second.reportVersion?.agencyId ?? '', 2023);
    expect(await prisma.finding.count({ where: { reportVersionId: first.reportVersion?.id, rule: 'X.missing' } })).toBe(0);
  });

  it('re-validates every current report and records its progress', async () => {
    const runs = ctx.get(JobRunRepository);
    const run = await runs.start({ queue: QUEUES.checks, jobName: JOBS.revalidateAll.name, jobId: null, payload: { v: 1 }, correlationId: null });
    const done = await ctx.get(RevalidateService).revalidateAll(run.id);
    const current = await prisma.reportVersion.count({ where: { current: true } });
    expect(done).toBe(current);
    const recorded = await prisma.jobRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(recorded).toMatchObject({ progress: current, total: current });
  });
});
