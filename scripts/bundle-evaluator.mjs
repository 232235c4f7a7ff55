#!/usr/bin/env node
// `npm run build`, after tsc: bundles the isolated config evaluator (dist/isolate/child.js and what it
// imports: the DSL, the record types, tr46) into dist/isolate/evaluator.mjs, the one file the evaluator
// process runs and may read (src/isolate/launch.ts). esbuild: a bundler made for this, fast enough to run on
// every build.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [path.join(root, 'dist/isolate/child.js')],
  outfile: path.join(root, 'dist/isolate/evaluator.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
