/**
 * Submits the demo reports to a running platform THROUGH ITS API (the same pipeline as any agency):
 * regions and agencies registered first (the government as the aggregate of six departments), then
 * documents rendered in six formats for three years — departments first, so that the government's
 * roll-up check finds them. Skips when the platform already holds reports, unless --force.
 * Usage: node dist/seed-demo.js [--api http://127.0.0.1:4000/api/v1] [--force]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AgencyView, ReportList, SubmissionCreated, SubmissionView } from '@nianbao/api-contract';
import { parseDocument } from '@nianbao/parsers';
import { DEMO_AGENCIES, DEMO_GOVERNMENT, DEMO_REGION, DEMO_REGIONS, demoReports, type DemoReport } from './demo-reports';
import { renderDemo } from './render-demo';

const args = process.argv.slice(2);
const apiArg = args.indexOf('--api');
const API = (apiArg >= 0 ? args[apiArg + 1] : undefined) ?? process.env['API_URL'] ?? 'http://127.0.0.1:4000/api/v1';
const force = args.includes('--force');
/** The seed document (新乡市公安局 2023), read by the project's parser; the demo re-renders its report. */
const SEED_DOCUMENT = path.join(__dirname, '..', '..', '..', 'testing', 'documents', 'xinxiang-police-2023.txt');

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.url}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function send<T>(method: 'PUT' | 'POST', path: string, body: unknown): Promise<T> {
  return json<T>(await fetch(`${API}${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
}

/** Regions, the government and its departments (members of its aggregate report). */
async function registerAgencies(): Promise<void> {
  for (const r of DEMO_REGIONS) await send('PUT', `/regions/${r.code}`, { name: r.name, level: r.level, parentCode: r.parentCode });
  const gov = await send<AgencyView>('POST', '/agencies', { name: DEMO_GOVERNMENT.name, regionCode: DEMO_REGION, level: 'city', category: DEMO_GOVERNMENT.category });
  for (const a of DEMO_AGENCIES) await send('POST', '/agencies', { name: a.name, regionCode: DEMO_REGION, level: 'city', category: a.category, aggregateId: gov.id });
}

async function submitAll(demos: DemoReport[]): Promise<number> {
  const submitted: { name: string; id: string }[] = [];
  for (const demo of demos) {
    const doc = await renderDemo(demo.report, demo.format);
    const form = new FormData();
    form.append('file', new Blob([doc.bytes], { type: doc.mediaType }), doc.fileName);
    form.append('region', DEMO_REGION);
    const created = await json<SubmissionCreated>(await fetch(`${API}/submissions`, { method: 'POST', body: form }));
    submitted.push({ name: `${demo.report.agency.name} ${demo.report.year} (${demo.format})`, id: created.id });
  }
  let failures = 0;
  for (const s of submitted) {
    const view = await settled(s.id);
    const errors = view.findings.filter((f) => f.severity === 'error').length;
    const warnings = view.findings.filter((f) => f.severity === 'warning').length;
    if (view.status !== 'accepted') failures++;
    console.log(`  ${view.status === 'accepted' ? '✓' : '✗'} ${s.name}: ${view.status}${view.error ? ` — ${view.error}` : ''} (${errors} 错误, ${warnings} 警告)`);
  }
  return failures;
}

async function settled(id: string): Promise<SubmissionView> {
  const until = Date.now() + 60_000;
  for (;;) {
    const view = await json<SubmissionView>(await fetch(`${API}/submissions/${id}`));
    if (view.status !== 'queued' && view.status !== 'processing') return view;
    if (Date.now() > until) throw new Error(`submission ${id} still ${view.status} after 60 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main(): Promise<void> {
  const existing = await json<ReportList>(await fetch(`${API}/reports?limit=1`));
  if (existing.items.length > 0 && !force) {
    console.log('demo data: the platform already holds reports; skipped (use --force to submit again)');
    return;
  }
  await registerAgencies();
  const parsedSeed = await parseDocument(readFileSync(SEED_DOCUMENT));
  if (!parsedSeed.ok) throw new Error(`the seed document is not readable: ${parsedSeed.reason}`);
  const demos = demoReports(parsedSeed.result.report);
  const failures = (await submitAll(demos.filter((d) => !d.aggregate))) + (await submitAll(demos.filter((d) => d.aggregate)));
  console.log(`demo data: ${demos.length - failures}/${demos.length} accepted (cross-report checks run in the background)`);
  if (failures > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(`demo data: ${(e as Error).message}`);
  process.exitCode = 1;
});
