// Push of 10,000 rrset changes to PowerDNS (read zone, diff, one PATCH) vs one raw `curl -H 'Expect:'`
// PATCH of the same body. Target: dnscode ≤ 1.5× curl. Each run starts from a fresh, empty zone.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, hasBinary, median, ms } from './_dns-servers.mjs';
import { powerdns } from '../dist/providers/powerdns/index.js';
import { toRRset } from '../dist/providers/powerdns/convert.js';
import { diffZone } from '../dist/diff/diff.js';
import { parseRdata } from '../dist/rr/text.js';

if (!hasBinary('pdns_server') || !hasBinary('curl')) { console.log('SKIPPED: pdns_server or curl missing (test/servers/install-packages.sh)'); process.exit(0); }
const N = 10_000, RUNS = 5, ZONE = 'bench.test';
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

const p = powerdns.createDns({ credkey: 'pdns', creds: { apiUrl: base, apiKey: srv.env.API_KEY }, meta: { default_ns: [`ns1.${ZONE}.`] } });
const tDnscode = [], tCurl = [];
let body = '';
const phases = [];
try {
  for (let run = 0; run < RUNS; run++) {
    await freshZone();
    const t0 = process.hrtime.bigint();
    const existing = await p.getZoneRecords(ZONE);
    const tRead = ms(t0);
    const diff = diffZone(dc, existing, { mode: 'recordset' });
    const tDiff = ms(t0) - tRead;
    const corr = await p.getCorrections(dc, existing, diff.changes, diff.actualChangeCount);
    for (const c of corr) await c.run?.();
    tDnscode.push(ms(t0));
    phases.push(`read ${tRead.toFixed(0)} + diff ${tDiff.toFixed(0)} + corrections/PATCH ${(tDnscode.at(-1) - tRead - tDiff).toFixed(0)}`);
    if (diff.actualChangeCount < N) throw new Error(`expected ${N} changes, got ${diff.actualChangeCount}`);
    body = JSON.stringify({ rrsets: diff.changes.filter((c) => c.kind !== 'report').map(toRRset) });
  }
  const file = join(srv.dir, 'patch.json');
  writeFileSync(file, body);
  for (let run = 0; run < RUNS; run++) {
    await freshZone();
    const t0 = process.hrtime.bigint();
    execFileSync('curl', ['-sS', '-f', '-o', '/dev/null', '-H', 'Expect:', '-H', `X-API-Key: ${srv.env.API_KEY}`, '-X', 'PATCH', '--data-binary', `@${file}`, `${api}/zones/${ZONE}.`]);
    tCurl.push(ms(t0));
  }
} finally {
  srv.stop();
}
const d = median(tDnscode), c = median(tCurl);
console.log(`PowerDNS, ${N} rrset changes, body ${(body.length / 1e6).toFixed(2)} MB`);
console.log(`  dnscode push (GET zone + diff + PATCH): ${tDnscode.map((x) => x.toFixed(0)).join(' / ')} ms, median ${d.toFixed(0)} ms`);
console.log(`  phases (ms): ${phases.join('; ')}`);
console.log(`  curl -H 'Expect:' PATCH (same body):   ${tCurl.map((x) => x.toFixed(0)).join(' / ')} ms, median ${c.toFixed(0)} ms`);
console.log(`  ratio ${(d / c).toFixed(2)}× (target ≤ 1.5×)`);
