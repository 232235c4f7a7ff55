#!/usr/bin/env node
// `dnscode preview` on 1,000 domains × 100 records kept as in-sync BIND zone files, against
// `named-checkconf -z` loading every zone of a generated named.conf in one process. (It used to be one
// named-checkzone process per file, which mostly measured process start-up and flattered dnscode.)
// Usage: node bench/preview-bind.mjs [domains] [records] [runs]   (after `npm run build`)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const DOMAINS = Number(process.argv[2] ?? 1000);
const RECORDS = Number(process.argv[3] ?? 100);
const RUNS = Number(process.argv[4] ?? 3);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-preview-bind-'));
const zones = path.join(dir, 'zones');
fs.mkdirSync(zones);

// A realistic mix per domain: A, AAAA, CNAME, MX, TXT (RECORDS in total).
function records(d) {
  const out = [];
  for (let i = 0; out.length < RECORDS; i++) {
    const k = i % 10;
    if (k < 5) out.push({ js: `A("host${i}", "10.${d >> 8 & 255}.${d & 255}.${i & 255}")`, zone: `host${i} IN A 10.${d >> 8 & 255}.${d & 255}.${i & 255}` });
    else if (k === 5) out.push({ js: `AAAA("host${i}", "2001:db8:${(d + 1).toString(16)}::${i.toString(16)}")`, zone: `host${i} IN AAAA 2001:db8:${(d + 1).toString(16)}::${i.toString(16)}` });
    else if (k === 6) out.push({ js: `CNAME("alias${i}", "host${i - 6}")`, zone: `alias${i} IN CNAME host${i - 6}` });
    else if (k === 7) out.push({ js: `MX("mx${i}", 10, "host${i - 7}")`, zone: `mx${i} IN MX 10 host${i - 7}` });
    else out.push({ js: `TXT("txt${i}", "v=spf1 ip4:10.${d & 255}.0.${i & 255} -all")`, zone: `txt${i} IN TXT "v=spf1 ip4:10.${d & 255}.0.${i & 255} -all"` });
  }
  return out;
}

let js = `var REG = NewRegistrar("none");
var DSP = NewDnsProvider("bind", { default_ns: ["ns1.example.net.", "ns2.example.net."],
  default_soa: { master: "ns1.example.net.", mbox: "hostmaster.example.net.", refresh: 3600, retry: 600, expire: 604800, minttl: 1440 } });
`;
const names = [];
for (let d = 0; d < DOMAINS; d++) {
  const name = `bench${d}.example`;
  names.push(name);
  const recs = records(d);
  js += `D("${name}", REG, DnsProvider(DSP),\n  ${recs.map((r) => r.js).join(',\n  ')}\n);\n`;
  const zone = [
    `$TTL 300`, `$ORIGIN ${name}.`,
    `@ IN SOA ns1.example.net. hostmaster.example.net. 2024010101 3600 600 604800 1440`,
    `@ IN NS ns1.example.net.`, `@ IN NS ns2.example.net.`,
    ...recs.map((r) => r.zone), '',
  ].join('\n');
  fs.writeFileSync(path.join(zones, `${name}.zone`), zone);
}
fs.writeFileSync(path.join(dir, 'dnsconfig.js'), js);
fs.writeFileSync(path.join(dir, 'creds.json'), JSON.stringify({ bind: { TYPE: 'BIND', directory: 'zones' } }));

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
// CPU time of finished children (Linux /proc: cutime + cstime, in clock ticks of 1/100 s): steadier than
// wall time on a loaded machine. undefined elsewhere.
function childCpuMs() {
  try {
    const f = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(f[13]) + Number(f[14])) * 10;
  } catch { return undefined; }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Peak RSS (MB) of the largest process of a command, by GNU time (/usr/bin/time -f %M): dnscode or its evaluator.
const hasTime = fs.existsSync('/usr/bin/time');
const withTime = (cmd, args) => (hasTime ? ['/usr/bin/time', ['-f', 'MAXRSS %M', cmd, ...args]] : [cmd, args]);
const rssOf = (r) => Number(r.stderr.match(/MAXRSS (\d+)/)?.[1] ?? 0) / 1024;

// dnscode preview (whole process: start-up, config, 1,000 zone files, diff, output).
const cli = path.join(root, 'bin', 'dnscode');
const times = [];
const rss = [];
const cpu0 = childCpuMs();
let last;
for (let r = 0; r < RUNS; r++) {
  const t0 = process.hrtime.bigint();
  last = spawnSync(...withTime(process.execPath, [cli, 'preview']), { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  times.push(ms(t0));
  rss.push(rssOf(last));
  if (last.status !== 0) { console.error(last.stdout.slice(-2000), last.stderr.slice(-2000)); process.exit(1); }
}
const dnCpu = cpu0 === undefined ? undefined : (childCpuMs() - cpu0) / RUNS;
const doneLine = last.stdout.trim().split('\n').pop();

// named-checkzone, one process per zone file.
let checkMs;
let checkCpu;
let checkRss = 0;
const checkconf = ['/usr/bin/named-checkconf', '/usr/sbin/named-checkconf'].find((f) => fs.existsSync(f));
if (checkconf) {
  const conf = path.join(dir, 'named.conf');
  fs.writeFileSync(conf, `options { directory "${zones}"; };\n${names.map((n) => `zone "${n}" { type primary; file "${n}.zone"; };`).join('\n')}\n`);
  const c0 = childCpuMs();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(...withTime(checkconf, ['-z', conf]), { encoding: 'utf8', maxBuffer: 1 << 28 });
  checkMs = ms(t0);
  checkRss = rssOf(r);
  if (r.status !== 0) { console.error(`named-checkconf -z failed:\n${r.stdout.slice(-2000)}${r.stderr.slice(-2000)}`); process.exit(1); }
  if (c0 !== undefined) checkCpu = childCpuMs() - c0;
} else {
  console.log('named-checkconf not installed (apt-get install bind9-utils); skipping the reference');
}

const dn = median(times);
console.log(`workload: ${DOMAINS} domains × ${RECORDS} records (${DOMAINS * RECORDS} records), BIND zone files in sync`);
const cpu = (v) => (v === undefined ? '' : `, CPU ${v.toFixed(0)} ms`);
const peak = median(rss);
const mb = (v) => (hasTime ? `, peak RSS ${v.toFixed(0)} MB` : '');
console.log(`dnscode preview:  ${dn.toFixed(0)} ms wall (median of ${RUNS}: ${times.map((t) => t.toFixed(0)).join(', ')})${cpu(dnCpu)} (mean)${mb(peak)}; last line: "${doneLine}"`);
if (checkMs !== undefined) {
  console.log(`named-checkconf -z: ${checkMs.toFixed(0)} ms wall${cpu(checkCpu)}${mb(checkRss)} (every zone in one process)`);
  console.log(`ratio dnscode/named-checkconf -z: wall ${(dn / checkMs).toFixed(2)}${dnCpu !== undefined && checkCpu ? `, CPU ${(dnCpu / checkCpu).toFixed(2)}` : ''}${hasTime && checkRss ? `, peak RSS ${(peak / checkRss).toFixed(1)}` : ''} (target ≤ 2)`);
}
if (doneLine !== 'Done. 0 corrections.') console.log('WARNING: the zone files were not in sync with the config');
if (process.env.KEEP) console.log(`kept ${dir}`); else fs.rmSync(dir, { recursive: true, force: true });
