import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { detectInput, parseDocument, readDocument, recognizeReport } from '@nianbao/parsers';

/** CPU time of this process in microseconds: throughput per core, whatever else the machine runs. */
function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** Calls `fn` for about `budgetMicros` of CPU time after a warm-up; returns calls per CPU-second. */
async function rate(fn: () => unknown, budgetMicros: number): Promise<number> {
  for (let i = 0; i < 20; i++) await fn();
  let calls = 0;
  const start = cpuMicros();
  while (cpuMicros() - start < budgetMicros) {
    await fn();
    calls++;
  }
  return Math.round((calls * 1e6) / (cpuMicros() - start));
}

/**
 * `bench FILE…`: documents per CPU-second for the whole parse (intake, container, recognition) and for
 * recognition alone on the container's document model, one line per file.
 */
export async function bench(files: string[], out: (text: string) => void, budgetMicros = 1_000_000): Promise<boolean> {
  for (const file of files) {
    const bytes = await readFile(file);
    const intake = detectInput(bytes);
    if (!intake.ok) {
      out(`${basename(file)}: ${intake.reason}`);
      return false;
    }
    const read = await readDocument(intake);
    if (!read.ok) {
      out(`${basename(file)}: ${read.reason}`);
      return false;
    }
    const recognized = recognizeReport(read.doc);
    if (!recognized.ok) {
      out(`${basename(file)}: ${recognized.reason}`);
      return false;
    }
    const full = await rate(() => parseDocument(bytes), budgetMicros);
    const recognition = await rate(() => recognizeReport(read.doc), budgetMicros);
    out(`${basename(file)} (${intake.container}, ${Math.round(bytes.length / 1024)} KB): parse ${full}/s, recognition alone ${recognition}/s per CPU-second`);
  }
  return true;
}
