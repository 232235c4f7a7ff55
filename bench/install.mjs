#!/usr/bin/env node
// What a user installs and how fast it starts: `npm install -g` of the packed tarball into a temporary
// prefix, its size on disk and package count, then a cold `dnscode check` of the README example against
// `node -e ''` (the floor: Node's own start-up), interleaved rounds, medians, peak RSS by GNU time.
// Targets (issue 14): ≤ 25 MB, ≤ 30 packages, check ≤ 2× node -e ''. Run after `npm run build`:
// node bench/install.mjs [rounds]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 11);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dnscode-bench-install-'));
try {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: repo, encoding: 'utf8' }));
  const tarball = path.join(tmp, packed[0].filename);
  const prefix = path.join(tmp, 'prefix');
  execFileSync('npm', ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], { cwd: tmp, stdio: 'ignore' });
  const modules = path.join(prefix, 'lib', 'node_modules');
  const size = Number(execFileSync('du', ['-sb', modules], { encoding: 'utf8' }).split('\t')[0]);
  const packages = new Set(fs.readdirSync(modules, { recursive: true }).map(String)
    .filter((f) => f.endsWith('package.json') && !f.includes('/dist/') && path.basename(path.dirname(f)) !== 'types' && !/\/(test|docs)\//.test(f))
    .map((f) => path.dirname(f))).size;
  console.log(`installed: ${(size / 1024 / 1024).toFixed(1)} MB on disk, ${packages} package(s), tarball ${(fs.statSync(tarball).size / 1024 / 1024).toFixed(1)} MB`);

  const project = path.join(tmp, 'project');
  fs.cpSync(path.join(repo, 'example'), project, { recursive: true });
  const bin = path.join(prefix, 'bin', 'dnscode');
  const time = (args) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', 'MAXRSS %M', ...args], { cwd: project, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    return { ms, rss: Number(r.stderr.match(/MAXRSS (\d+)/)?.[1] ?? 0) / 1024 };
  };
  const node = [];
  const check = [];
  // The floor of an isolated evaluation: one Node process that starts another and waits for it, as dnscode
  // starts its config evaluator (docs/security.md). Two start-ups in series, before any work.
  const two = [];
  const spawnOne = `require('node:child_process').spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' })`;
  time([bin, 'check']); // the first run warms the page cache, as a user's second command finds it
  for (let i = 0; i < rounds; i++) {
    node.push(time([process.execPath, '-e', '']));
    two.push(time([process.execPath, '-e', spawnOne]));
    check.push(time([bin, 'check']));
  }
  const median = (xs, k) => [...xs].map((x) => x[k]).sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const n = median(node, 'ms');
  const c = median(check, 'ms');
  const t = median(two, 'ms');
  console.log(`node -e '':      ${n.toFixed(0)} ms, ${median(node, 'rss').toFixed(0)} MB`);
  console.log(`node → node:     ${t.toFixed(0)} ms = ${(t / n).toFixed(2)}× (two start-ups in series: the floor while the config runs in its own process)`);
  console.log(`dnscode check:   ${c.toFixed(0)} ms, ${median(check, 'rss').toFixed(0)} MB (largest process: dnscode or its config evaluator)`);
  console.log(`ratio:           ${(c / n).toFixed(2)}× (target ≤ 2×), ${rounds} rounds, medians`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
