#!/usr/bin/env node
// The providers added in waves 2 and 3: a 2,000-record first push to each one's fake API (test/fakes/) with the real provider, and the requests it takes. The fakes answer at
// once and the client limit is lifted, so wall time is client + fake CPU; the last column is what the
// request count costs at the provider's own request rate (its HttpClient ratePerSecond, from the API's
// documented limit: docs/providers/<name>.md), which is what a user waits for against the real API.
// Loads the TypeScript fakes and harness through vite's module runner (no build step for test code).
import { runnerImport } from 'vite';

const N = Number(process.env.BENCH_RECORDS ?? 2000);
const ZONE = 'bench.example';
const { module: H } = await runnerImport('./test/integration/harness.ts');

// [folder, exported type, documented requests per second]. BENCH_PROVIDERS=folder,folder picks some.
const ALL = [
  // wave 2
  ['dnsimple', 'dnsimple', 5], ['linode', 'linode', 10], ['vultr', 'vultr', 20],
  ['namedotcom', 'namedotcom', 20], ['cloudns', 'cloudns', 10], ['netcup', 'netcup', 10],
  // wave 3
  // NS1: documented writes 300 per 300 s (a burst of 300, then 1/s; help.ns1.com "About API rate limiting").
  ['ns1', 'ns1', 1],
  // INWX documents no request rate: its client's default (10/s, as for netcup) stands in.
  ['inwx', 'inwx', 10],
  // OVH and SoftLayer document no request rate: their default limits.
  ['ovh', 'ovh', 20], ['softlayer', 'softlayer', 10],
  // Namecheap: 20 calls a minute per user (DNSControl's note from Namecheap support).
  ['namecheap', 'namecheap', 1 / 3],
  // OCI DNS: no documented rate (429 when exceeded); the client's default of 10 a second.
  ['oracle', 'oracle', 10],
];
const pick = process.env.BENCH_PROVIDERS?.split(',');
const PROVIDERS = pick ? ALL.filter(([f]) => pick.includes(f)) : ALL;
const records = Array.from({ length: N }, (_, i) => H.rec.a(`host${i}`, `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`));

const rows = [];
for (const [folder, exported, rate] of PROVIDERS) {
  const { module: F } = await runnerImport(`./test/fakes/${folder}/server.ts`);
  const type = (await import(`../dist/providers/${folder}/index.js`))[exported];
  const fake = await F.fake.start();
  try {
    const provider = await type.createDns({ credkey: 'b', creds: { ...F.fake.creds(fake), max_requests_per_second: '0', max_concurrency: '4' }, meta: {} });
    const target = { label: type.name, type, provider, zone: ZONE };
    if (provider.ensureZone) await provider.ensureZone(ZONE);
    const before = fake.stats.requests;
    const t0 = performance.now();
    const r = await H.apply(target, H.domain(ZONE, records));
    const ms = performance.now() - t0;
    const requests = fake.stats.requests - before;
    const again = await H.apply(target, H.domain(ZONE, records), true);
    if (again.changes !== 0) throw new Error(`${type.name}: ${again.changes} changes left after the push`);
    rows.push({ provider: type.name, changes: r.changes, requests, wall_s: (ms / 1000).toFixed(2), rate_per_s: rate, at_its_rate_s: (requests / rate).toFixed(0) });
  } finally {
    await fake.close();
  }
}
console.log(`${N}-record zone, first push (zone empty), concurrency 4, no client rate limit:`);
console.table(rows);
