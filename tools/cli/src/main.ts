import { readFile } from 'node:fs/promises';
import { parseDocument } from '@nianbao/parsers';
import type { Finding, ParseFinding } from '@nianbao/report';
import { RULESET_VERSION, validateReport } from '@nianbao/rules';
import { bench } from './bench';

/** Where the command writes: injected so tests can run it in-process. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = 'usage: cli parse FILE | cli validate FILE | cli bench FILE…';

/** Exit codes of the spec's command-line contract. */
export const EXIT = { ok: 0, errors: 1, notAReport: 2 } as const;

/** A parse finding in the shape `validate` prints, so one list carries both. */
function asFinding(f: ParseFinding): Finding {
  return { rule: f.rule, severity: f.severity, outcome: 'not_assessable', cells: f.cells, expected: null, actual: null, message: f.message };
}

/**
 * `parse FILE` prints { report, provenance, findings }; `validate FILE` prints { report, findings,
 * rulesetVersion } with the parse findings and every single-report rule's findings. Exit 0, 1 when a
 * finding is an error (validate), 2 when the input is not a report or cannot be read.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const [verb, file, ...rest] = argv;
  if (verb === 'bench' && file) return (await bench([file, ...rest], io.out)) ? EXIT.ok : EXIT.notAReport;
  if ((verb !== 'parse' && verb !== 'validate') || !file || rest.length > 0) {
    io.err(USAGE);
    return EXIT.notAReport;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    io.err(`无法读取文件 ${file}：${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    return EXIT.notAReport;
  }
  const parsed = await parseDocument(bytes);
  if (!parsed.ok) {
    io.err(parsed.reason.split('\n')[0] as string);
    return EXIT.notAReport;
  }
  const { report, provenance, findings } = parsed.result;
  if (verb === 'parse') {
    io.out(JSON.stringify({ report, provenance, findings }));
    return EXIT.ok;
  }
  const all = [...findings.map(asFinding), ...validateReport({ report, provenance })];
  io.out(JSON.stringify({ report, findings: all, rulesetVersion: RULESET_VERSION }));
  return all.some((f) => f.severity === 'error') ? EXIT.errors : EXIT.ok;
}

if (require.main === module) {
  void run(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}
