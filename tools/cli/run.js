#!/usr/bin/env node
// Launcher for `npm run cli -- …`: brings tools/cli and the libs it uses up to date with an incremental
// `tsc -b` (its output goes to stderr: stdout is the command's JSON), then runs the built command.
/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS launcher that node runs before anything is built */
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const here = __dirname;
const tsc = require.resolve('typescript/bin/tsc');
const build = spawnSync(process.execPath, [tsc, '-b', here], { stdio: ['ignore', 2, 2] });
if (build.status !== 0) {
  // tsc -b still emits what compiles; a type error elsewhere in the workspace must not stop the tool.
  process.stderr.write('cli: the TypeScript build reported errors (above); running the last emitted build\n');
}

let run;
try {
  ({ run } = require(path.join(here, 'dist', 'main.js')));
} catch (err) {
  process.stderr.write(`cli: cannot load the built command (${String(err && err.message).split('\n')[0]})\n`);
  process.exit(2);
}
run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`cli: ${err && err.stack ? err.stack.split('\n')[0] : String(err)}\n`);
    process.exitCode = 2;
  },
);
