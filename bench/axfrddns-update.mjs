// Push of 10,000 records to BIND by RFC 2136 (AXFR read + diff + TSIG-signed UPDATE messages) vs
// `nsupdate` sending the same records in the same number of messages. Target: dnscode ≤ 1× nsupdate.
// Each run starts from a fresh BIND with the minimal zone. The three measurements are interleaved so they
// see the same machine load. Round 0 is the first push in a fresh process (JIT cold) and is reported on
// its own; the ratio uses the medians of the rounds after it. The whole CLI (`dnscode push` on the same
// records written as a dnsconfig.js: node start-up, evaluation, normalisation, then the same push) is
// measured too, for scale, with its fixed cost: the whole CLI and nsupdate each pushing one record. That
// gives the floor of the whole-CLI ratio: dnscode's fixed cost plus what the N records cost nsupdate and BIND
// (nsupdate's time for N less its own for one), were dnscode's per-record work as cheap as theirs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, hasBinary, median, ms } from './_dns-servers.mjs';
import { axfrddns } from '../dist/providers/axfrddns/index.js';
import { diffZone } from '../dist/diff/diff.js';
import { parseRdata } from '../dist/rr/text.js';
import { planUpdates, sendUpdates } from '../dist/dns/update.js';
import { parseTsigKey } from '../dist/dns/tsig.js';
import { toAnswer } from '../dist/providers/axfrddns/convert.js';

if (!hasBinary('named') || !hasBinary('nsupdate')) { console.log('SKIPPED: named or nsupdate missing (test/servers/install-packages.sh)'); process.exit(0); }
const N = 10_000, RUNS = 7, CLI_RUNS = 3, ZONE = 'example.test';
const mk = (i) => {
  const k = i % 4, name = `r${i}`;
  const [type, rdata, js] = [
    ['A', `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, (d) => `A("${name}", "${d}")`],
    ['AAAA', `2001:db8::${i.toString(16)}`, (d) => `AAAA("${name}", "${d}")`],
    ['TXT', `"v=spf1 -all" "id=${i}"`, () => `TXT("${name}", ["v=spf1 -all", "id=${i}"])`],
    ['MX', `10 ns1.${ZONE}.`, () => `MX("${name}", 10, "ns1.${ZONE}.")`]][k];
  return { type, name, rdata, js: js(rdata), rc: { type, name, target: '', ttl: 300, ...parseRdata(type, rdata, ZONE) } };
};
const recs = Array.from({ length: N }, (_, i) => mk(i));
// Keep what the start script's zone has, so the diff is exactly N creates.
const base = [['@', 'NS', `ns1.${ZONE}.`], ['ns1', 'A', '127.0.0.1'], ['www', 'A', '192.0.2.10']]
  .map(([name, type, rdata]) => ({ type, name, target: '', ttl: 300, ...parseRdata(type, rdata, ZONE) }));
const dc = { name: ZONE, registrar: 'none', dnsProviders: { ddns: -1 }, records: [...base, ...recs.map((r) => r.rc)] };

const tDnscode = [], tNsupdate = [], tWire = [], tCli = [], tCliOne = [], tNsOne = [];
const phases = [];
// nsupdate gets the same records in as many messages as dnscode uses (equal chunks).
const messages = planUpdates(ZONE, recs.map((r) => [{ op: 'add', rr: toAnswer(r.rc, ZONE) }])).length;
const per = Math.ceil(N / messages);
const keyOf = (srv) => `${srv.env.TSIG_ALG}:${srv.env.TSIG_NAME}:${srv.env.TSIG_SECRET}`;

async function runDnscode() {
  const srv = await start('bind', [ZONE]);
  try {
    const p = await axfrddns.createDns({ credkey: 'ddns', meta: {}, creds: { master: `127.0.0.1:${srv.port}`, 'transfer-key': keyOf(srv), 'update-key': keyOf(srv), 'update-mode': 'tcp' } });
    const t0 = process.hrtime.bigint();
    const existing = await p.getZoneRecords(ZONE);
    const tRead = ms(t0);
    const diff = diffZone(dc, existing, { mode: 'record' });
    const tDiff = ms(t0) - tRead;
    const corr = await p.getCorrections(dc, existing, diff.changes, diff.actualChangeCount);
    const tCorr = ms(t0) - tRead - tDiff;
    for (const c of corr) await c.run?.();
    tDnscode.push(ms(t0));
    phases.push(`AXFR ${tRead.toFixed(0)} + diff ${tDiff.toFixed(0)} + corrections ${tCorr.toFixed(0)} + encode/send ${(tDnscode.at(-1) - tRead - tDiff - tCorr).toFixed(0)}`);
    if (diff.actualChangeCount !== N) throw new Error(`expected ${N} changes, got ${diff.actualChangeCount}`);
    if ((await p.getZoneRecords(ZONE)).length < N) throw new Error('records missing after push');
  } finally {
    srv.stop();
  }
}

async function runNsupdate() {
  const srv = await start('bind', [ZONE]);
  try {
    const lines = [`server 127.0.0.1 ${srv.port}`, `zone ${ZONE}`];
    recs.forEach((r, i) => {
      lines.push(`update add ${r.name}.${ZONE}. 300 IN ${r.type} ${r.rdata}`);
      if ((i + 1) % per === 0 || i === N - 1) lines.push('send');
    });
    const file = join(srv.dir, 'nsupdate.txt');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const t0 = process.hrtime.bigint();
    execFileSync('nsupdate', ['-v', '-y', keyOf(srv), file], { stdio: ['ignore', 'ignore', 'inherit'] });
    tNsupdate.push(ms(t0));
  } finally {
    srv.stop();
  }
}

/** The wire layer alone: the same records planned into UPDATE messages and sent (no AXFR, no diff). */
async function runWire() {
  const srv = await start('bind', [ZONE]);
  try {
    const key = parseTsigKey(keyOf(srv));
    const t0 = process.hrtime.bigint();
    const plan = planUpdates(ZONE, recs.map((r) => [{ op: 'add', rr: toAnswer(r.rc, ZONE) }]));
    await sendUpdates({ server: { host: '127.0.0.1', port: srv.port }, zone: ZONE, key, mode: 'tcp' }, plan);
    tWire.push(ms(t0));
  } finally {
    srv.stop();
  }
}

/** `dnscode push` as a user runs it, on the first `n` records written as a dnsconfig.js; its time goes to `out`. */
async function runCli(n, out) {
  const srv = await start('bind', [ZONE]);
  try {
    const dir = mkdtempSync(join(tmpdir(), 'bench-axfrddns-cli-'));
    writeFileSync(join(dir, 'creds.json'), JSON.stringify({ ddns: { TYPE: 'AXFRDDNS', master: `127.0.0.1:${srv.port}`, nameservers: `ns1.${ZONE}`, 'transfer-key': keyOf(srv), 'update-key': keyOf(srv), 'update-mode': 'tcp' } }));
    writeFileSync(join(dir, 'dnsconfig.js'), `D("${ZONE}", NewRegistrar("none"), DnsProvider(NewDnsProvider("ddns")), A("ns1", "127.0.0.1"), A("www", "192.0.2.10"),\n${recs.slice(0, n).map((r) => r.js).join(',\n')});\n`);
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [join(process.cwd(), 'bin/dnscode'), 'push'], { cwd: dir, encoding: 'utf8' });
    out.push(ms(t0));
    if (r.status !== 0 || !r.stdout.includes(`+ CREATE r${n - 1}.${ZONE}`)) throw new Error(`dnscode push failed: ${r.stdout.slice(-300)}${r.stderr}`);
  } finally {
    srv.stop();
  }
}

/** nsupdate adding the first record alone: its fixed cost (start-up, TSIG, one UPDATE). */
async function runNsupdateOne() {
  const srv = await start('bind', [ZONE]);
  try {
    const file = join(srv.dir, 'nsupdate-one.txt');
    writeFileSync(file, `server 127.0.0.1 ${srv.port}\nzone ${ZONE}\nupdate add ${recs[0].name}.${ZONE}. 300 IN ${recs[0].type} ${recs[0].rdata}\nsend\n`);
    const t0 = process.hrtime.bigint();
    execFileSync('nsupdate', ['-v', '-y', keyOf(srv), file], { stdio: ['ignore', 'ignore', 'inherit'] });
    tNsOne.push(ms(t0));
  } finally {
    srv.stop();
  }
}

for (let run = 0; run <= RUNS; run++) {
  await runDnscode(); await runWire(); await runNsupdate();
  if (run < CLI_RUNS) { await runCli(N, tCli); await runCli(1, tCliOne); await runNsupdateOne(); }
}
const [coldPush, ...push] = tDnscode, [coldWire, ...wire] = tWire, [coldNs, ...ns] = tNsupdate;
const d = median(push), n = median(ns), w = median(wire), c = median(tCli), c1 = median(tCliOne), n1 = median(tNsOne);
const list = (xs) => xs.map((x) => x.toFixed(0)).join(' / ');
console.log(`BIND RFC 2136, ${N} records in ${messages} UPDATE messages (TSIG hmac-sha256, TCP); ${RUNS} measured rounds after round 0`);
console.log(`  dnscode push (AXFR + diff + UPDATEs): ${list(push)} ms, median ${d.toFixed(0)} ms`);
console.log(`  phases (ms): ${phases.slice(1).join('; ')}`);
console.log(`  nsupdate -v (same records, ${messages} sends): ${list(ns)} ms, median ${n.toFixed(0)} ms`);
console.log(`  dnscode wire layer only (plan + send): ${list(wire)} ms, median ${w.toFixed(0)} ms`);
console.log(`  round 0 (first push in a fresh process, JIT cold): dnscode ${coldPush.toFixed(0)} ms (${phases[0]}), wire ${coldWire.toFixed(0)} ms, nsupdate ${coldNs.toFixed(0)} ms`);
console.log(`  whole CLI \`dnscode push\` (node start-up, evaluate + normalise ${N} records, then the push): ${list(tCli)} ms, median ${c.toFixed(0)} ms = ${(c / n).toFixed(2)}× nsupdate`);
console.log(`  fixed cost (one record): whole CLI ${list(tCliOne)} ms, median ${c1.toFixed(0)} ms; nsupdate ${list(tNsOne)} ms, median ${n1.toFixed(0)} ms`);
console.log(`  floor of the whole-CLI ratio (dnscode's fixed cost + nsupdate's and BIND's time for the ${N} records): ${((c1 + n - n1) / n).toFixed(2)}× nsupdate`);
console.log(`  ratio ${(d / n).toFixed(2)}× whole push, ${(w / n).toFixed(2)}× wire layer; first push in a process ${(coldPush / n).toFixed(2)}× (target ≤ 1×)`);
