#!/usr/bin/env node
// `npm run bench`: runs every bench/*.mjs (except this file) in its own process, one after another,
// so each benchmark and its reference are measured in the same run on the same machine.
// `npm run bench -- dsl` runs only the benchmarks whose file name contains "dsl".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = fs.readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && !f.startsWith('_') && f.includes(filter))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n== ${f}`);
  const r = spawnSync(process.execPath, [path.join(here, f)], { stdio: 'inherit', cwd: path.dirname(here) });
  if (r.status !== 0) { failed++; console.log(`!! ${f} exited ${r.status}`); }
}
process.exit(failed ? 1 : 0);
