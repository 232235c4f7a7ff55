#!/usr/bin/env node
// The cost of evaluating configs in the isolated evaluator (docs/security.md): the 400-domain D_EXTEND
// config and a 100,000-record config, each evaluated and normalised in a fresh process, isolated (as every
// command does) against in-process (the design before it, same code without the process boundary).
// Interleaved rounds; medians; the time is from process start to the normalised config; peak memory is the
// largest process's maximum RSS (GNU time's %M: dnscode or its evaluator, whichever is larger).
// Target: isolated ≤ 1.5× in-process. Run after `npm run build`: node bench/isolation.mjs [rounds]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const rounds = Number(process.argv[2] ?? 7);
const hasTime = fs.existsSync('/usr/bin/time');

function extendConfig(n) {
  const lines = ['var REG = NewRegistrar("none");', 'var DSP = NewDnsProvider("bind", "BIND");'];
  for (let i = 0; i < n; i++) lines.push(`D("domain${i}.example", REG, DnsProvider(DSP), A("@", "10.0.${i >> 8}.${i & 255}"), MX("@", 10, "mx"), CNAME("www", "@"));`);
  for (let i = 0; i < n; i++) lines.push(`D_EXTEND("sub.domain${i}.example", A("@", "10.1.${i >> 8}.${i & 255}"), A("www", "10.2.${i >> 8}.${i & 255}"), TXT("_t", "v=${i}"));`);
  return `${lines.join('\n')}\n`;
}

function bigConfig(domains, perDomain) {
  const lines = ['var REG = NewRegistrar("none");', 'var DSP = NewDnsProvider("bind", "BIND");'];
  for (let d = 0; d < domains; d++) {
    lines.push(`D("big${d}.example", REG, DnsProvider(DSP),`);
    for (let i = 0; i < perDomain; i++) {
      const k = i % 4;
      lines.push(k === 0 ? `  A("h${i}", "10.${d & 255}.${i >> 8 & 255}.${i & 255}"),` : k === 1 ? `  TXT("t${i}", "v=${i}"),`
        : k === 2 ? `  CNAME("c${i}", "h${i - 2}"),` : `  MX("m${i}", 10, "mx${i}.example.net."),`);
    }
    lines.push('END);');
  }
  return `${lines.join('\n')}\n`;
}

function once(mode, dir) {
  const args = [path.join(here, '_eval-once.mjs'), mode, dir];
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', 'MAXRSS %M', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${mode}: ${r.stderr}`);
  const [ms, records] = r.stdout.trim().split(' ').map(Number);
  const rss = Number(r.stderr.match(/MAXRSS (\d+)/)?.[1] ?? 0) / 1024;
  return { ms, records, rss };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cases = [['400 domains with D_EXTEND', extendConfig(400)], ['100,000 records (100 domains × 1,000)', bigConfig(100, 1000)]];
for (const [name, text] of cases) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-isolation-'));
  fs.writeFileSync(path.join(dir, 'dnsconfig.js'), text);
  const res = { isolated: [], inprocess: [] };
  once('isolated', dir); once('inprocess', dir); // warm the file cache
  for (let i = 0; i < rounds; i++) for (const mode of ['isolated', 'inprocess']) res[mode].push(once(mode, dir));
  const iso = median(res.isolated.map((r) => r.ms));
  const inp = median(res.inprocess.map((r) => r.ms));
  const isoRss = median(res.isolated.map((r) => r.rss));
  const inpRss = median(res.inprocess.map((r) => r.rss));
  console.log(`${name}, ${res.isolated[0].records} records: isolated ${iso.toFixed(0)} ms, in-process ${inp.toFixed(0)} ms ` +
    `→ ${(iso / inp).toFixed(2)}× (target ≤ 1.5×); peak RSS ${isoRss.toFixed(0)} MB vs ${inpRss.toFixed(0)} MB` +
    `\n  rounds isolated: ${res.isolated.map((r) => r.ms.toFixed(0)).join(' ')}\n  rounds in-process: ${res.inprocess.map((r) => r.ms.toFixed(0)).join(' ')}`);
  fs.rmSync(dir, { recursive: true, force: true });
}
