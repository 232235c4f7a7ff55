#!/usr/bin/env node
// Pushes a 5,000-record zone to the Cloudflare and Route 53 fake APIs (test/fakes/) with the real
// providers and the generic diff, batched as dnscode does and one request per record (batch size 1,
// what DNSControl does for Cloudflare), and reports requests and wall time for each.
// The fakes answer at once, so wall time here is client + fake CPU; the "at the documented rate"
// column is what the request count alone costs against the real API's limit.
// Loads the TypeScript fakes and harness through vite's module runner (no build step for test code).
import { runnerImport } from 'vite';

const N = Number(process.env.BENCH_RECORDS ?? 5000);
const ZONE = 'bench.example';
const { module: H } = await runnerImport('./test/integration/harness.ts');
const { module: CF } = await runnerImport('./test/fakes/cloudflare/server.ts');
const { module: R53 } = await runnerImport('./test/fakes/route53/server.ts');
// The providers come from the build (npm run bench builds first): Route 53 loads its SDK lazily, which a
// closed module runner could not do.
const cfp = await import('../dist/providers/cloudflare/index.js');
const r53p = await import('../dist/providers/route53/index.js');

const records = Array.from({ length: N }, (_, i) => H.rec.a(`host${i}`, `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`));
const common = { max_requests_per_second: '0', max_concurrency: '4' };

const targets = [
  { label: 'CLOUDFLAREAPI', rate: 1200 / 300, start: CF.startCloudflareFake, type: cfp.cloudflare, creds: (f) => ({ apitoken: f.token, accountid: 'a', base_url: `${f.url}/client/v4` }), setup: (f) => { f.batchLimit = 3500; } },
  { label: 'ROUTE53', rate: 5, start: R53.startRoute53Fake, type: r53p.route53, creds: (f) => ({ KeyId: f.accessKeyId, SecretKey: f.secretAccessKey, base_url: f.url }), setup: () => {} },
];

const rows = [];
for (const t of targets) {
  for (const [mode, extra] of [['batched', t.label === 'CLOUDFLAREAPI' ? { batch_size: '3500' } : {}], ['one per record', { batch_size: '1' }]]) {
    const fake = await t.start();
    t.setup(fake);
    const provider = await t.type.createDns({ credkey: 'b', creds: { ...common, ...t.creds(fake), ...extra }, meta: {} });
    const target = { label: t.label, type: t.type, provider, zone: ZONE };
    await provider.ensureZone(ZONE);
    const before = fake.stats.requests;
    const t0 = performance.now();
    const r = await H.apply(target, H.domain(ZONE, records));
    const ms = performance.now() - t0;
    const requests = fake.stats.requests - before;
    const again = await H.apply(target, H.domain(ZONE, records), true);
    if (again.changes !== 0) throw new Error(`${t.label} ${mode}: ${again.changes} changes left after the push`);
    rows.push({ provider: t.label, mode, changes: r.changes, requests, wall_s: (ms / 1000).toFixed(2), at_documented_rate_s: (requests / t.rate).toFixed(0) });
    await fake.close();
  }
}
console.log(`${N}-record zone, first push (zone empty), concurrency 4, no client rate limit:`);
console.table(rows);
