// Push of 10,000 rrset changes to PowerDNS (read zone, diff, re-read just before writing, one PATCH) vs one raw `curl -H 'Expect:'`
// PATCH of the same body. Target: dnscode ≤ 1.5× curl. Each run starts from a fresh, empty zone. The two
// are interleaved so they see the same machine load; round 0 (the first push in a fresh process, JIT
// cold) is reported on its own and the ratio uses the medians of the rounds after it.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, hasBinary, median, ms } from './_dns-servers.mjs';
import { powerdns } from '../dist/providers/powerdns/index.js';
import { toRRset } from '../dist/providers/powerdns/convert.js';
import { diffZone } from '../dist/diff/diff.js';
import { guardCorrections } from '../dist/run/guard.js';
import { parseRdata } from '../dist/rr/text.js';

if (!hasBinary('pdns_server') || !hasBinary('curl')) { console.log('SKIPPED: pdns_server or curl missing (test/servers/install-packages.sh)'); process.exit(0); }
const N = 10_000, RUNS = 7, ZONE = 'bench.test';
const srv = await start('pdns');
const base = `http://127.0.0.1:${srv.env.API_PORT}`;
const api = `${base}/api/v1/servers/localhost`;
const H = { 'X-API-Key': srv.env.API_KEY, 'Content-Type': 'application/json' };
const mk = (i) => {
  const k = i % 5, name = `r${i}`;
  const [type, rdata] = [['A', `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`], ['AAAA', `2001:db8::${i.toString(16)}`],
    ['TXT', `"v=spf1 -all" "id=${i}"`], ['MX', `10 mail.${ZONE}.`], ['CNAME', `www.${ZONE}.`]][k];
  return { type, name, target: '', ttl: 300, ...parseRdata(type, rdata, ZONE) };
};
const records = Array.from({ length: N }, (_, i) => mk(i));
const dc = { name: ZONE, registrar: 'none', dnsProviders: { pdns: -1 }, records: [{ type: 'NS', name: '@', target: `ns1.${ZONE}.`, ttl: 300 }, ...records] };

async function freshZone() {
  await fetch(`${api}/zones/${ZONE}.`, { method: 'DELETE', headers: H });
  const r = await fetch(`${api}/zones`, { method: 'POST', headers: H, body: JSON.stringify({ name: `${ZONE}.`, kind: 'Native', nameservers: [`ns1.${ZONE}.`] }) });
  if (r.status !== 201) throw new Error(`create zone: ${r.status} ${await r.text()}`);
}

const p = await powerdns.createDns({ credkey: 'pdns', creds: { apiUrl: base, apiKey: srv.env.API_KEY }, meta: { default_ns: [`ns1.${ZONE}.`] } });
const tDnscode = [], tCurl = [];
let body = '';
const phases = [];
const file = join(srv.dir, 'patch.json');
async function runDnscode() {
  await freshZone();
  const t0 = process.hrtime.bigint();
  const existing = await p.getZoneRecords(ZONE);
  const tRead = ms(t0);
  const diff = diffZone(dc, existing, { mode: 'recordset' });
  const tDiff = ms(t0) - tRead;
  // As push runs them: under the zone's deadline, after re-reading the zone (src/run/guard.ts).
  const corr = guardCorrections(await p.getCorrections(dc, existing, diff.changes, diff.actualChangeCount),
    { provider: 'pdns', zone: ZONE, zoneTimeoutMs: 600_000, reread: () => p.getZoneRecords(ZONE), existing });
  for (const c of corr) await c.run?.();
  tDnscode.push(ms(t0));
  phases.push(`read ${tRead.toFixed(0)} + diff ${tDiff.toFixed(0)} + corrections/PATCH ${(tDnscode.at(-1) - tRead - tDiff).toFixed(0)}`);
  if (diff.actualChangeCount < N) throw new Error(`expected ${N} changes, got ${diff.actualChangeCount}`);
  if (!body) {
    body = JSON.stringify({ rrsets: diff.changes.filter((c) => c.kind !== 'report').map(toRRset) });
    writeFileSync(file, body);
  }
}
async function runCurl() {
  await freshZone();
  const t0 = process.hrtime.bigint();
  execFileSync('curl', ['-sS', '-f', '-o', '/dev/null', '-H', 'Expect:', '-H', `X-API-Key: ${srv.env.API_KEY}`, '-X', 'PATCH', '--data-binary', `@${file}`, `${api}/zones/${ZONE}.`]);
  tCurl.push(ms(t0));
}
try {
  // The server's first large PATCH is slow (its database file grows): warm it with one of the same size,
  // written here without dnscode's code, so round 0 measures dnscode's own cold start, not the server's.
  // Rounds alternate which of the two goes first.
  await freshZone();
  const warmBody = JSON.stringify({ rrsets: Array.from({ length: N }, (_, i) => ({ name: `w${i}.${ZONE}.`, type: 'A', ttl: 300, changetype: 'REPLACE', records: [{ content: `10.9.${(i >> 8) & 255}.${i & 255}`, disabled: false }] })) });
  const warm = await fetch(`${api}/zones/${ZONE}.`, { method: 'PATCH', headers: H, body: warmBody });
  if (warm.status !== 204) throw new Error(`warm-up PATCH: ${warm.status}`);
  for (let run = 0; run <= RUNS; run++) {
    if (run % 2 === 0) { await runDnscode(); await runCurl(); } else { await runCurl(); await runDnscode(); }
  }
} finally {
  srv.stop();
}
const [coldPush, ...push] = tDnscode, [coldCurl, ...curl] = tCurl;
const d = median(push), c = median(curl);
const list = (xs) => xs.map((x) => x.toFixed(0)).join(' / ');
console.log(`PowerDNS, ${N} rrset changes, body ${(body.length / 1e6).toFixed(2)} MB; ${RUNS} measured rounds after round 0`);
console.log(`  dnscode push (GET zone + diff + re-read GET + PATCH): ${list(push)} ms, median ${d.toFixed(0)} ms`);
console.log(`  phases (ms): ${phases.slice(1).join('; ')}`);
console.log(`  curl -H 'Expect:' PATCH (same body):   ${list(curl)} ms, median ${c.toFixed(0)} ms`);
console.log(`  round 0 (first push in a fresh process, JIT cold): dnscode ${coldPush.toFixed(0)} ms (${phases[0]}), curl ${coldCurl.toFixed(0)} ms`);
console.log(`  ratio ${(d / c).toFixed(2)}×; first push in a process ${(coldPush / c).toFixed(2)}× (target ≤ 1.5×)`);
