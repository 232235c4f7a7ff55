// Shared by big-zone.mjs and many-zones.mjs: generated BIND zones kept in sync with a dnsconfig.js (a
// realistic mix of A, AAAA, CNAME, MX, TXT), one timed process with its peak RSS and CPU time (GNU time's %M,
// %U and %S), and the table both print.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const CLI = path.join(root, 'bin', 'dnscode');
export const hasTime = fs.existsSync('/usr/bin/time');

/** Record i of zone d, as config and as zone-file text. */
export function record(d, i) {
  const k = i % 10;
  const a = `10.${(d >> 8) & 255}.${d & 255}.${i & 255}`;
  if (k < 5) return { js: `A("h${i}", "${a}")`, zone: `h${i} IN A ${a}` };
  const v6 = `2001:db8:${((d + 1) & 0xffff).toString(16)}:${(i >> 16).toString(16)}::${(i & 0xffff).toString(16)}`;
  if (k === 5) return { js: `AAAA("h${i}", "${v6}")`, zone: `h${i} IN AAAA ${v6}` };
  if (k === 6) return { js: `CNAME("c${i}", "h${i - 6}")`, zone: `c${i} IN CNAME h${i - 6}` };
  if (k === 7) return { js: `MX("m${i}", 10, "h${i - 7}")`, zone: `m${i} IN MX 10 h${i - 7}` };
  return { js: `TXT("t${i}", "v=spf1 ip4:${a} -all")`, zone: `t${i} IN TXT "v=spf1 ip4:${a} -all"` };
}

export const HEADER = `var REG = NewRegistrar("none");
var DSP = NewDnsProvider("bind", { default_ns: ["ns1.example.net.", "ns2.example.net."],
  default_soa: { master: "ns1.example.net.", mbox: "hostmaster.example.net.", refresh: 3600, retry: 600, expire: 604800, minttl: 1440 } });
`;

/** A project in a new temporary directory: zones/, a creds.json naming BIND there, and a dnsconfig.js of
 *  HEADER followed by whatever `write(dir, js)` adds (with writeZone). Returns the directory, which the caller
 *  removes. */
export async function makeProject(prefix, write) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.mkdirSync(path.join(dir, 'zones'));
  fs.writeFileSync(path.join(dir, 'creds.json'), JSON.stringify({ bind: { TYPE: 'BIND', directory: 'zones' } }));
  const js = fs.openSync(path.join(dir, 'dnsconfig.js'), 'w');
  try {
    fs.writeSync(js, HEADER);
    await write(dir, js);
  } finally {
    fs.closeSync(js);
  }
  return dir;
}

/** Writes zones/<name>.zone and the D() block (then D_EXTEND blocks) for zone d with n records (streamed: a
 *  million records fit). */
export function writeZone(dir, d, name, n, jsOut) {
  const fd = fs.openSync(path.join(dir, 'zones', `${name}.zone`), 'w');
  let buf = `$TTL 300\n$ORIGIN ${name}.\n@ IN SOA ns1.example.net. hostmaster.example.net. 2024010101 3600 600 604800 1440\n@ IN NS ns1.example.net.\n@ IN NS ns2.example.net.\n`;
  let js = `D("${name}", REG, DnsProvider(DSP),\n`;
  for (let i = 0; i < n; i++) {
    const r = record(d, i);
    buf += `${r.zone}\n`;
    // A JavaScript call takes at most 65,535 arguments: a big zone goes on in D_EXTEND calls of 10,000.
    if (i > 0 && i % 10000 === 0) js += `END);\nD_EXTEND("${name}",\n`;
    js += `  ${r.js},\n`;
    if (buf.length > 1 << 20) { fs.writeSync(fd, buf); buf = ''; }
    if (js.length > 1 << 20) { fs.writeSync(jsOut, js); js = ''; }
  }
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
  fs.writeSync(jsOut, `${js}END);\n`);
}

/** Rewrites zones/<name>.zone as dnscode's own BIND writer writes it (its record order and layout): the file a
 *  zone managed with dnscode has on disk after its first push. Uses the built dist/. */
export async function rewriteAsDnscode(dir, name) {
  const { parseZone } = await import('../dist/zonefile/parser.js');
  const { formatZone } = await import('../dist/zonefile/writer.js');
  const file = path.join(dir, 'zones', `${name}.zone`);
  const records = parseZone(fs.readFileSync(file, 'utf8'), { origin: name, file });
  fs.writeFileSync(file, formatZone(records, { comments: ['generated with dnscode (bench)'] }));
}

/** The median of a list of numbers. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** `rounds` runs of the reference and dnscode, interleaved so that both see the same machine load; the
 *  median time, the median CPU time and the largest peak RSS of each. */
export function interleaved(rounds, ref, dn) {
  const r = [], d = [];
  for (let i = 0; i < rounds; i++) { r.push(ref()); d.push(dn()); }
  const summary = (xs) => ({ ms: median(xs.map((x) => x.ms)), cpuMs: median(xs.map((x) => x.cpuMs)), rss: Math.max(...xs.map((x) => x.rss)), all: xs.map((x) => Math.round(x.ms)), stdout: xs[0].stdout });
  return { ref: summary(r), dn: summary(d) };
}

/** Runs a command; returns wall ms, CPU ms (user + system, of the process and the children it waited for: for
 *  dnscode, its config evaluator too) and peak RSS in MB (0 without GNU time). Exits the bench on failure. */
export function timed(cmd, args, cwd) {
  const t0 = process.hrtime.bigint();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', 'MAXRSS %M CPU %U %S', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) {
    console.error(`${cmd} ${args.join(' ')} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
    process.exit(1);
  }
  const cpu = r.stderr.match(/CPU ([\d.]+) ([\d.]+)/);
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : 0, rss: Number(r.stderr.match(/MAXRSS (\d+)/)?.[1] ?? 0) / 1024, stdout: r.stdout };
}

export const fmtMs = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

/** One row per size: dnscode and the reference side by side (medians), the ratios, and whether the rows
 *  marked `target` meet it. CPU is user + system time: above the wall time, a process used more than one core
 *  (dnscode's config evaluator is a second process, V8 collects garbage on helper threads). */
export function printTable(title, rows, target) {
  console.log(`\n${title}`);
  console.log('| size | dnscode | CPU | peak RSS | reference | CPU | peak RSS | time ratio | CPU ratio | RSS ratio |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '?');
  for (const r of rows) {
    const cpu = (x) => (x.cpuMs ? fmtMs(x.cpuMs) : '?');
    console.log(`| ${r.size} | ${fmtMs(r.dn.ms)} | ${cpu(r.dn)} | ${Math.round(r.dn.rss)} MB | ${fmtMs(r.ref.ms)} | ${cpu(r.ref)} | ${Math.round(r.ref.rss)} MB | ${ratio(r.dn.ms, r.ref.ms)} | ${ratio(r.dn.cpuMs, r.ref.cpuMs)} | ${r.ref.rss ? (r.dn.rss / r.ref.rss).toFixed(1) : '?'}× |`);
  }
  for (const r of rows.filter((x) => x.target)) console.log(`target at ${r.size}: ${target(r)}`);
}
