import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import request from 'supertest';
import type { FindingList, HealthView, ReportView, RuleSummary, StoredFinding, SubmissionView } from '@nianbao/api-contract';
import { AgencyRepository, PrismaService, ReportRepository } from '@nianbao/db';
import { emptyReport, setPath, type CanonicalReport, type Finding } from '@nianbao/report';
import { createApiApp } from './create-app';

const API = '/api/v1';
let app: NestExpressApplication;
let http: Server;

beforeAll(async () => {
  app = await createApiApp();
  await app.init();
  http = app.getHttpServer() as Server;
}, 30_000);
afterAll(async () => {
  await app?.close();
});

function report(agency: string, year: number): CanonicalReport {
  const r = emptyReport('2021');
  r.agency.name = agency;
  r.year = year;
  setPath(r as unknown as Record<string, unknown>, 'applications.newReceived.total', 7);
  return r;
}

/** A stored report with one error finding, written the way the worker writes it. */
async function storedReport(agency: string, year: number): Promise<string> {
  const prisma = app.get(PrismaService);
  const sub = await prisma.submission.create({ data: { sha256: 'x', sizeBytes: 1, correlationId: 't' } });
  const finding: Finding = { rule: 'T3.rowTotal', severity: 'error', outcome: 'fail', cells: ['applications.newReceived.total'], expected: 6, actual: 7, message: '行合计不符' };
  const accepted = await app.get(ReportRepository).accept({
    submissionId: sub.id,
    agencyName: agency,
    year,
    report: report(agency, year),
    provenance: {},
    parseFindings: [],
    findings: [finding],
    rulesetVersion: 'test',
    mediaType: 'json',
    encoding: null,
  });
  return accepted.reportVersionId;
}

describe('api', () => {
  it('reports healthy PostgreSQL and Redis', async () => {
    const res = await request(http).get(`${API}/health`).expect(200);
    expect(res.body as HealthView).toEqual({ status: 'ok', postgres: true, redis: true });
  });

  it('takes a canonical report as JSON, and refuses an invalid one with the reasons', async () => {
    const created = await request(http).post(`${API}/submissions`).send(report('JSON测试局', 2023)).expect(202);
    expect(created.body).toEqual({ id: expect.any(String), status: 'queued' });
    expect(created.headers['x-correlation-id']).toEqual(expect.any(String));
    const view = (await request(http).get(`${API}/submissions/${created.body.id}`).expect(200)).body as SubmissionView;
    expect(view).toMatchObject({ status: 'queued', reportVersionId: null, findings: [] });

    const bad = { ...report('JSON测试局', 2023), applications: { newReceived: { totl: 1 } } };
    const res = await request(http).post(`${API}/submissions`).send(bad).expect(400);
    expect(res.body.message).toContain('applications.newReceived.totl');
    await request(http).post(`${API}/submissions`).send({ agency: {} }).expect(400);
  });

  it('echoes a caller correlation id', async () => {
    const res = await request(http).get(`${API}/health`).set('x-correlation-id', 'portal-123').expect(200);
    expect(res.headers['x-correlation-id']).toBe('portal-123');
  });

  it('lists, filters and reviews findings; a review survives a re-run of the rules', async () => {
    const agency = `审核测试局-${randomUUID().slice(0, 8)}`;
    const versionId = await storedReport(agency, 2022);
    const view = (await request(http).get(`${API}/reports/${versionId}`).expect(200)).body as ReportView;
    expect(view.findings).toHaveLength(1);
    const agencyId = view.agency.id;

    const list = (await request(http).get(`${API}/findings`).query({ agency: agencyId, year: 2022, severity: 'error' }).expect(200)).body as FindingList;
    expect(list.items.map((f) => [f.rule, f.agency.name, f.year])).toEqual([['T3.rowTotal', agency, 2022]]);
    const summary = (await request(http).get(`${API}/findings/summary`).query({ year: 2022 }).expect(200)).body as RuleSummary;
    expect(summary.items.find((r) => r.rule === 'T3.rowTotal')?.reports).toBeGreaterThanOrEqual(1);

    const findingId = list.items[0]?.id ?? '';
    const reviewed = (await request(http).post(`${API}/findings/${findingId}/review`).send({ decision: 'dismissed', comment: '已核实', reviewer: '张三' }).expect(200))
      .body as StoredFinding;
    expect(reviewed.review).toMatchObject({ decision: 'dismissed', comment: '已核实', reviewer: '张三' });
    await request(http).post(`${API}/findings/${findingId}/review`).send({ decision: 'maybe', reviewer: '' }).expect(400);
    await request(http).post(`${API}/findings/${randomUUID()}/review`).send({ decision: 'confirmed', reviewer: '李四' }).expect(404);

    // A resubmission with the same defect: the new finding row carries the earlier decision.
    const second = await storedReport(agency, 2022);
    const again = (await request(http).get(`${API}/reports/${second}`).expect(200)).body as ReportView;
    expect(again.version).toBe(2);
    expect(again.findings[0]?.review?.decision).toBe('dismissed');

    const agencies = (await request(http).get(`${API}/agencies`).expect(200)).body as { id: string; name: string }[];
    expect(agencies.some((a) => a.id === agencyId && a.name === agency)).toBe(true);
  });

  it('answers bad query parameters with 400, never 500', async () => {
    await request(http).get(`${API}/reports`).query({ year: 'abc' }).expect(400);
    await request(http).get(`${API}/findings`).query({ severity: 'fatal' }).expect(400);
    await request(http).get(`${API}/findings`).query({ agency: 'not-an-id' }).expect(400);
    await request(http).get(`${API}/reports/${randomUUID()}`).expect(404);
    const res = await request(http).get(`${API}/no-such-route`).expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: expect.any(String), message: expect.any(String) });
  });

  it('serves the Excel template, and refuses an unknown format', async () => {
    const res = await request(http).get(`${API}/templates/annual-report.xlsx`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect((res.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    await request(http).get(`${API}/templates/annual-report.xlsx`).query({ format: '2030' }).expect(400);
  });

  it('places agencies in regions and under an aggregate, refusing unknown references', async () => {
    await request(http).put(`${API}/regions/410000`).send({ name: '河南省', level: 'province' }).expect(200);
    const city = await request(http).put(`${API}/regions/410700`).send({ name: '新乡市', level: 'city', parentCode: '410000' }).expect(200);
    expect(city.body).toEqual({ code: '410700', name: '新乡市', level: 'city', parentCode: '410000' });
    await request(http).put(`${API}/regions/4107`).send({ name: 'x', level: 'city' }).expect(400);

    const repo = app.get(AgencyRepository);
    const gov = await repo.findOrCreate(`新乡市人民政府-${randomUUID().slice(0, 8)}`);
    const dept = await repo.findOrCreate(`新乡市某局-${randomUUID().slice(0, 8)}`);
    const updated = await request(http).patch(`${API}/agencies/${dept.id}`).send({ regionCode: '410700', level: 'city', category: '公安', aggregateId: gov.id }).expect(200);
    expect(updated.body).toMatchObject({ id: dept.id, regionCode: '410700', regionName: '新乡市', level: 'city', category: '公安', aggregateId: gov.id });

    await request(http).patch(`${API}/agencies/${dept.id}`).send({ regionCode: '999999' }).expect(400);
    await request(http).patch(`${API}/agencies/${dept.id}`).send({ aggregateId: dept.id }).expect(400);
    await request(http).patch(`${API}/agencies/${dept.id}`).send({ colour: 'red' }).expect(400);
    await request(http).patch(`${API}/agencies/${randomUUID()}`).send({ level: 'city' }).expect(404);
    const cleared = await request(http).patch(`${API}/agencies/${dept.id}`).send({ aggregateId: null }).expect(200);
    expect(cleared.body.aggregateId).toBeNull();
    expect(cleared.body.regionCode).toBe('410700');
  });

  it('registers agencies by name and region; a name in two regions needs its region', async () => {
    await request(http).put(`${API}/regions/410000`).send({ name: '河南省', level: 'province' }).expect(200);
    await request(http).put(`${API}/regions/410700`).send({ name: '新乡市', level: 'city', parentCode: '410000' }).expect(200);
    const name = `同名局-${randomUUID().slice(0, 8)}`;
    const a = await request(http).post(`${API}/agencies`).send({ name, regionCode: '410000', level: 'province' }).expect(201);
    const again = await request(http).post(`${API}/agencies`).send({ name, regionCode: '410000' }).expect(201);
    expect(again.body.id).toBe(a.body.id);
    const only = await request(http).post(`${API}/agencies`).send({ name }).expect(201);
    expect(only.body.id).toBe(a.body.id); // the one agency of that name, wherever it sits
    const b = await request(http).post(`${API}/agencies`).send({ name, regionCode: '410700' }).expect(201);
    expect(b.body.id).not.toBe(a.body.id);
    const ambiguous = await request(http).post(`${API}/agencies`).send({ name }).expect(400);
    expect(ambiguous.body.message).toContain('region');

    await request(http).post(`${API}/submissions`).attach('file', Buffer.from('x'), 'x.txt').field('region', '999999').expect(400);
    await request(http).post(`${API}/submissions`).attach('file', Buffer.from('x'), 'x.txt').field('region', '41').expect(400);
    await request(http).post(`${API}/submissions`).attach('file', Buffer.from('x'), 'x.txt').field('region', '410700').expect(202);
  });

  it('creates an agency once per name and region', async () => {
    const repo = app.get(AgencyRepository);
    const name = `唯一性测试局-${randomUUID().slice(0, 8)}`;
    const [a, b] = await Promise.all([repo.findOrCreate(name), repo.findOrCreate(name)]);
    expect(a.id).toBe(b.id);
  });
});
