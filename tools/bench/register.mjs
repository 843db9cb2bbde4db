// Runs the libs' TypeScript sources directly, as the Jest config does, so the benchmark measures
// the code in the tree without a build step: .ts files are compiled by swc when loaded through
// `loadTs`, and '@nianbao/<lib>' resolves to libs/<lib>/src.
import Module, { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from '@swc/core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const swcrc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;

Module._extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(readFileSync(filename, 'utf8'), { ...swcrc, filename, swcrc: false, sourceMaps: 'inline' });
  module._compile(code, filename);
};

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const lib = /^@nianbao\/([a-z-]+)$/.exec(request);
  return resolveFilename.call(this, lib ? join(root, 'libs', lib[1], 'src') : request, ...rest);
};

/** Loads a TypeScript module of the repository by its path from the root. */
export const loadTs = (path) => createRequire(join(root, 'package.json'))(join(root, path));
export const repoRoot = root;
