// Parser benchmark: documents per second for parseDocument + validateReport on one core, per input
// kind — the seed and the real fixtures (text, Markdown, HTML), and the seed rendered to .docx,
// .xlsx and PDF. Prints figures only; goals: ≥ 2,000/s text/HTML, ≥ 100/s docx/xlsx/PDF.
//   npx node tools/bench/parsers.mjs [--seconds 2] [--no-pdf]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { loadTs, repoRoot } from './register.mjs';

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1]) || 2;
const { detectInput, readDocument, recognizeReport } = loadTs('libs/parsers/src');
const render = loadTs('libs/parsers/src/render');
const { seedReport } = loadTs('libs/parsers/src/render/testing/seed-report');
const { validateReport } = loadTs('libs/rules/src');

const fixtures = join(repoRoot, '..', 'shared', 'fixtures');
const inputs = [];
const addFile = (group, path) => inputs.push({ group, name: path.slice(fixtures.length + 1), bytes: new Uint8Array(readFileSync(path)) });
if (existsSync(fixtures)) {
  addFile('seed text', join(fixtures, 'seed', 'xinxiang-police-2023.txt'));
  for (const dir of [join(fixtures, 'real'), join(fixtures, 'real', 'pingtan')]) {
    for (const f of readdirSync(dir).sort()) {
      if (/\.(html|md|txt)$/.test(f) && f !== 'README.md') addFile(f.endsWith('.html') ? 'real HTML' : 'real text/Markdown', join(dir, f));
    }
  }
} else {
  console.log(`(fixtures not found at ${fixtures}: real documents skipped)`);
}
const seed = seedReport();
inputs.push({ group: 'rendered HTML', name: 'seed.html', bytes: new TextEncoder().encode(render.renderHtml(seed)) });
inputs.push({ group: 'rendered .docx', name: 'seed.docx', bytes: await render.renderDocx(seed) });
inputs.push({ group: 'rendered .xlsx', name: 'seed.xlsx', bytes: await render.renderXlsx(seed) });
if (!args.includes('--no-pdf')) {
  const { createPdfRenderer } = loadTs('libs/parsers/src/render/render-pdf');
  const printer = await createPdfRenderer();
  inputs.push({ group: 'rendered PDF', name: 'seed.pdf', bytes: await printer.render(seed) });
  await printer.close();
}

/** parseDocument's steps, timed one by one (ms added to `phases`), then validateReport. */
async function once(bytes, phases = { read: 0, recognize: 0, validate: 0 }) {
  let t = performance.now();
  const intake = detectInput(bytes);
  if (!intake.ok) return intake;
  const read = await readDocument(intake);
  if (!read.ok) return read;
  phases.read += performance.now() - t;
  t = performance.now();
  const recognized = recognizeReport(read.doc);
  phases.recognize += performance.now() - t;
  if (!recognized.ok) return recognized;
  t = performance.now();
  validateReport({ report: recognized.result.report, provenance: recognized.result.provenance });
  phases.validate += performance.now() - t;
  return { ok: true, container: read.doc.container };
}

/** Runs one document repeatedly for the time budget after a warm-up: documents per second, ms per step. */
async function measure(bytes) {
  for (let i = 0; i < 3; i++) await once(bytes);
  const phases = { read: 0, recognize: 0, validate: 0 };
  let n = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    await once(bytes, phases);
    n++;
  }
  const per = Object.entries(phases).map(([k, v]) => `${k} ${(v / n).toFixed(1)}`).join(' / ');
  return { rate: (n * 1000) / (performance.now() - started), per };
}

const load = loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`node ${process.version}, one core, ${seconds} s per document, parse + validate; load average ${load} — rates scale down with it\n`);
console.log(`${'kind'.padEnd(20)} ${'document'.padEnd(40)} ${'size'.padStart(8)}  ${'rate'.padStart(13)}  ms per step: intake+container / recognize / validate`);
const byGroup = new Map();
for (const input of inputs) {
  const first = await once(input.bytes);
  if (!first.ok) {
    console.log(`${input.group.padEnd(20)} ${input.name.padEnd(40)} refused: ${first.reason}`);
    continue;
  }
  const { rate, per } = await measure(input.bytes);
  byGroup.set(input.group, [...(byGroup.get(input.group) ?? []), rate]);
  console.log(`${input.group.padEnd(20)} ${input.name.padEnd(40)} ${(input.bytes.length / 1024).toFixed(0).padStart(5)} KB  ${rate.toFixed(0).padStart(6)} docs/s  ${first.container.padEnd(8)} ${per}`);
}
console.log('\nper kind (harmonic mean of the documents’ rates):');
for (const [group, rates] of byGroup) {
  const hm = rates.length / rates.reduce((s, r) => s + 1 / r, 0);
  console.log(`  ${group.padEnd(20)} ${hm.toFixed(0).padStart(6)} docs/s  (${rates.length} document${rates.length > 1 ? 's' : ''})`);
}
