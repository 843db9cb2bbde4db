import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { ReportList, ReportView, SubmissionView } from '@nianbao/api-contract';
import { PrismaService } from '@nianbao/db';
import { startPlatform, type Platform } from './platform';

const SEED = readFileSync(path.join(__dirname, '..', 'documents', 'xinxiang-police-2023.txt'));
const API = '/api/v1';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
}, 30_000);
afterAll(async () => {
  await platform?.close();
});

async function submit(bytes: Buffer, fileName: string, fields: Record<string, string> = {}): Promise<string> {
  let req = request(platform.http).post(`${API}/submissions`).attach('file', bytes, fileName);
  for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
  const res = await req.expect(202);
  expect(res.body).toEqual({ id: expect.any(String), status: 'queued' });
  return res.body.id as string;
}

/** Polls the submission until the worker has finished with it. */
async function settled(id: string, timeoutMs = 20_000): Promise<SubmissionView> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await request(platform.http).get(`${API}/submissions/${id}`).expect(200);
    const view = res.body as SubmissionView;
    if (view.status !== 'queued' && view.status !== 'processing') return view;
    if (Date.now() > until) throw new Error(`submission ${id} still ${view.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('submission pipeline: HTTP → PostgreSQL → BullMQ → worker → PostgreSQL → HTTP', () => {
  it('accepts the seed report and serves its figures back', async () => {
    const id = await submit(SEED, 'xinxiang-police-2023.txt');
    const sub = await settled(id);
    expect(sub).toMatchObject({ status: 'accepted', error: null, agencyName: '新乡市公安局', year: 2023, encoding: 'utf-8' });
    expect(sub.findings.filter((f) => f.severity === 'error')).toEqual([]);

    const report = (await request(platform.http).get(`${API}/reports/${sub.reportVersionId}`).expect(200)).body as ReportView;
    const r = report.report as unknown as {
      applications: Record<string, Record<string, number>>;
      active: Record<string, number>;
      disputes: Record<string, Record<string, number>>;
    };
    expect(r.applications['newReceived']?.['total']).toBe(57);
    expect(r.applications['totalProcessed']?.['total']).toBe(54);
    expect(r.applications['carriedForward']?.['total']).toBe(3);
    expect(r.active['licensing']).toBe(2439825);
    expect(r.active['fees']).toBe(9486.7475);
    expect(r.disputes['review']?.['upheld']).toBe(1);
    expect(report).toMatchObject({ agency: { name: '新乡市公安局' }, year: 2023, formatVersion: '2021', current: true, submissionId: id });
    expect(report.provenance['applications.newReceived.total']).toMatchObject({ kind: 'number', raw: '57' });

    const list = (await request(platform.http).get(`${API}/reports`).query({ agency: '新乡市公安局', year: 2023 }).expect(200)).body as ReportList;
    const row = list.items.find((i) => i.id === report.id);
    expect(row?.keyFigures).toEqual({ newReceived: 57, totalProcessed: 54, carriedForward: 3, reviewTotal: expect.any(Number) });
    expect(row?.findingCounts.error).toBe(0);
  });

  it('stores a changed figure as a new current version with errors that name the cell', async () => {
    const changed = Buffer.from(SEED.toString('utf8').replace(/(予以公开\t)25(\t0\t0\t0\t0\t0\t25)/, '$126$2'));
    expect(changed.equals(SEED)).toBe(false);
    const sub = await settled(await submit(changed, 'changed.txt'));
    expect(sub.status).toBe('accepted');
    const errors = sub.findings.filter((f) => f.severity === 'error');
    const outcomeSum = errors.find((f) => f.rule === 'T3.outcomeSum');
    const rowTotal = errors.find((f) => f.rule === 'T3.rowTotal');
    expect(outcomeSum?.cells).toContain('applications.granted.naturalPerson');
    expect(rowTotal?.cells).toContain('applications.granted.total');

    const report = (await request(platform.http).get(`${API}/reports/${sub.reportVersionId}`).expect(200)).body as ReportView;
    expect(report.current).toBe(true);
    expect(report.version).toBeGreaterThan(1);
    const list = (await request(platform.http).get(`${API}/reports`).query({ agency: '新乡市公安局', year: 2023 }).expect(200)).body as ReportList;
    expect(list.items.map((i) => i.id)).toEqual([report.id]);
    expect(list.items[0]?.findingCounts.error).toBe(errors.length);
  });

  it.each([
    ['a PNG image', Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'), 'image.png'],
    ['an empty file', Buffer.alloc(0), 'empty.txt'],
    ['random text', Buffer.from('今天天气很好，我们去公园散步吧。The quick brown fox jumps over the lazy dog.\n'), 'notes.txt'],
  ])('rejects %s with a reason', async (_what, bytes, name) => {
    const sub = await settled(await submit(bytes, name));
    expect(sub.status).toBe('rejected');
    expect(sub.error).toEqual(expect.any(String));
    expect((sub.error ?? '').length).toBeGreaterThan(3);
    expect(sub.reportVersionId).toBeNull();
  });

  it('files a report under the agency of the given region when the name exists in two', async () => {
    await request(platform.http).put(`${API}/regions/410000`).send({ name: '河南省', level: 'province' }).expect(200);
    await request(platform.http).put(`${API}/regions/410700`).send({ name: '新乡市', level: 'city', parentCode: '410000' }).expect(200);
    const name = `两地同名局-${Date.now()}`;
    await request(platform.http).post(`${API}/agencies`).send({ name, regionCode: '410000' }).expect(201);
    const city = (await request(platform.http).post(`${API}/agencies`).send({ name, regionCode: '410700' }).expect(201)).body as { id: string };

    const unclear = await settled(await submit(SEED, 'a.txt', { agency: name }));
    expect(unclear.status).toBe('rejected');
    expect(unclear.error).toContain('region');

    const placed = await settled(await submit(SEED, 'a.txt', { agency: name, region: '410700' }));
    expect(placed.status).toBe('accepted');
    const report = (await request(platform.http).get(`${API}/reports/${placed.reportVersionId}`).expect(200)).body as ReportView;
    expect(report.agency).toEqual({ id: city.id, name });
  });

  it('retries a failed submission on request, and refuses to retry any other', async () => {
    const id = await submit(SEED, 'seed.txt');
    const accepted = await settled(id);
    await request(platform.http).post(`${API}/submissions/${id}/retry`).expect(409);
    // As if every attempt had failed (e.g. PostgreSQL away): the worker marks it failed.
    const prisma = platform.worker.get(PrismaService);
    await prisma.reportVersion.delete({ where: { id: accepted.reportVersionId ?? '' } });
    await prisma.submission.update({ where: { id }, data: { status: 'failed', error: '处理失败：connection refused' } });
    const retried = await request(platform.http).post(`${API}/submissions/${id}/retry`).expect(202);
    expect(retried.body).toEqual({ id, status: 'queued' });
    const again = await settled(id);
    expect(again).toMatchObject({ status: 'accepted', error: null });
    expect(again.reportVersionId).not.toBe(accepted.reportVersionId);
    await request(platform.http).post(`${API}/submissions/00000000-0000-4000-8000-000000000000/retry`).expect(404);
  });

  it('answers 400 without a file, and never 500 for bad input', async () => {
    const none = await request(platform.http).post(`${API}/submissions`).expect(400);
    expect(none.body).toEqual({ statusCode: 400, error: 'BAD_REQUEST', message: expect.stringContaining('缺少文件') });
    await request(platform.http).post(`${API}/submissions`).field('agency', '某局').expect(400);
    await request(platform.http).post(`${API}/submissions`).attach('file', SEED, 'a.txt').field('year', 'abc').expect(400);
    await request(platform.http).post(`${API}/submissions`).set('content-type', 'application/json').send('{"broken":').expect(400);
    await request(platform.http).get(`${API}/submissions/not-a-uuid`).expect(400);
    const tooLarge = await request(platform.http).post(`${API}/submissions`).attach('file', Buffer.alloc(20 * 1024 * 1024 + 1, 0x41), 'big.txt');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ statusCode: 413, message: expect.any(String) });
    await request(platform.http).get(`${API}/submissions/00000000-0000-4000-8000-000000000000`).expect(404);
  });
});
