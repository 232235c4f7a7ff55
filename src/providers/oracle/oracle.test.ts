// ORACLE against the fake (test/fakes/oracle), which verifies every request's signature as OCI does.
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startOracleFake, type OracleFake } from '../../../test/fakes/oracle/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import { oracle } from './index.js';
import { auditOracle } from './audit.js';
import { fingerprintOf, loadPrivateKey, signRequest } from './sign.js';

const Z = 'example.com';
let fake: OracleFake;
afterEach(async () => { await fake?.close(); fake = undefined as never; });

function creds(f: OracleFake, extra: Record<string, string> = {}): Record<string, string> {
  return { user_ocid: f.user, tenancy_ocid: f.tenancy, fingerprint: f.fingerprint, private_key: f.privateKeyPem, region: 'us-ashburn-1', compartment: f.compartment, base_url: `${f.url}/20180115`, http_retry_base_ms: '1', max_requests_per_second: '0', ...extra };
}
async function setup(extra: Record<string, string> = {}) {
  fake ??= await startOracleFake();
  const provider = await oracle.createDns!({ credkey: 'oci', creds: creds(fake, extra), meta: {} });
  return { label: 'oci', type: oracle, provider, zone: Z };
}
const many = (n: number, v = 1, prefix = 'h') => Array.from({ length: n }, (_, i) => rec.a(`${prefix}${i}`, `10.${v}.${i >> 8}.${i & 255}`));

describe('ORACLE', () => {
  it('signs every request: date, (request-target), host, and for bodies x-content-sha256, content-type, content-length', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.a('www', '192.0.2.1'), rec.txt('t', 'hello'), rec.caa('@', 0, 'issue', 'letsencrypt.org')]));
    const gets = fake.authorizations.filter((a) => a.includes('headers="date (request-target) host"'));
    const bodies = fake.authorizations.filter((a) => a.includes('headers="date (request-target) host x-content-sha256 content-type content-length"'));
    expect(gets.length).toBeGreaterThan(0);
    expect(bodies.length, 'the POST /zones and the PATCH').toBe(2);
    expect(fake.authorizations.every((a) => a.startsWith(`Signature version="1",keyId="${fake.tenancy}/${fake.user}/${fake.fingerprint}",algorithm="rsa-sha256"`))).toBe(true);
    expect(fake.zones.get(Z)!.state).toBe('ACTIVE');
    expect((await apply(t, domain(Z, [rec.a('www', '192.0.2.1'), rec.txt('t', 'hello'), rec.caa('@', 0, 'issue', 'letsencrypt.org')]), true)).changes).toBe(0);
  });

  it('a key OCI does not know for that user is a clear 401 that names the creds to check, without the key', async () => {
    const t = await setup({ user_ocid: 'ocid1.user.oc1..aaaaotheruser' });
    const e = String(await t.provider.getZoneRecords(Z).catch((x: unknown) => x));
    expect(e).toMatch(/HTTP 401.*NotAuthenticated.*check user_ocid, tenancy_ocid, fingerprint and private_key/s);
    expect(e).not.toContain('PRIVATE KEY');
    expect(e).not.toContain(fake.privateKeyPem.split('\n')[1]!);
  });

  it('a private_key that is not the fingerprint\'s key is refused before any request, without the key', async () => {
    fake = await startOracleFake();
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const e = String(await Promise.resolve().then(() => oracle.createDns!({ credkey: 'oci', creds: creds(fake, { private_key: other }), meta: {} })).catch((x: unknown) => x));
    expect(e).toMatch(new RegExp(`fingerprint ${fake.fingerprint} is not the fingerprint of private_key`));
    expect(e).not.toContain(other.split('\n')[1]!);
    expect(fake.stats.requests).toBe(0);
  });

  it('a clock more than 5 minutes off is refused, and the error says to check the clock', async () => {
    const t = await setup();
    fake.clockSkewMs = 6 * 60_000;
    const e = String(await t.provider.getZoneRecords(Z).catch((x: unknown) => x));
    expect(e).toMatch(/401.*not within 5 minutes.*clock is right/s);
    fake.clockSkewMs = 4 * 60_000;
    expect(await t.provider.getZoneRecords(Z)).toEqual([]);
  });

  it('the fake refuses a body that does not match its signed hash (the signature covers the body)', async () => {
    fake = await startOracleFake();
    const key = { tenancy: fake.tenancy, user: fake.user, fingerprint: fake.fingerprint, privateKey: loadPrivateKey(fake.privateKeyPem) };
    expect(fingerprintOf(key.privateKey)).toBe(fake.fingerprint);
    const url = `${fake.url}/20180115/zones?compartmentId=${fake.compartment}`;
    const body = JSON.stringify({ name: 'x.example', zoneType: 'PRIMARY', compartmentId: fake.compartment });
    const headers = signRequest(key, 'POST', url, { 'content-type': 'application/json' }, body);
    const tampered = await fetch(url, { method: 'POST', headers, body: body.replace('x.example', 'y.example') });
    expect(tampered.status).toBe(401);
    expect(await tampered.text()).toMatch(/x-content-sha256 does not match/);
    const ok = await fetch(url, { method: 'POST', headers: signRequest(key, 'POST', url, { 'content-type': 'application/json' }, body), body });
    expect(ok.status).toBe(201);
  });

  it('reads records across pages (opc-next-page) and lists zones across pages', async () => {
    const t = await setup();
    await apply(t, domain(Z, many(250)));
    const before = fake.stats.byRoute['GET /:n/zones/example.com/records'] ?? 0;
    const got = await t.provider.getZoneRecords(Z);
    expect(got.filter((r) => r.type === 'A')).toHaveLength(250);
    // 250 A + 4 NS (+ the SOA left out) at 100 a page: 3 pages.
    expect((fake.stats.byRoute['GET /:n/zones/example.com/records'] ?? 0) - before).toBe(3);
    for (let i = 0; i < 120; i++) {
      const name = `z${i}.example`;
      fake.zones.set(name, { name, id: `ocid1.dns-zone.oc1..z${i}`, compartment: fake.compartment, state: 'ACTIVE', pollsLeft: 0, records: new Map(), version: 1 });
    }
    const zones = await t.provider.listZones!();
    expect(zones).toHaveLength(121);
    expect(new Set(zones).size).toBe(121);
  });

  it('batches at most 500 operations per PATCH; a change is REMOVE + ADD in the same request', async () => {
    const t = await setup();
    await apply(t, domain(Z, many(700)));
    expect(fake.patchSizes).toEqual([500, 200]);
    fake.patchSizes.length = 0;
    // 1 deletion and 300 changes (601 operations): the 250th change would straddle the limit, so it starts the next request.
    const next = [...many(301, 2).slice(1), ...many(700).slice(301)];
    await apply(t, domain(Z, next));
    expect(fake.patchSizes).toEqual([499, 102]);
    expect((await apply(t, domain(Z, next), true)).changes).toBe(0);
  });

  it('keeps the zone\'s protected apex NS when the config names other name servers only', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.a('@', '192.0.2.1')]));
    const own = await t.provider.getNameservers(Z);
    expect(own).toHaveLength(4);
    const dc = domain(Z, [rec.a('@', '192.0.2.1'), rec.ns('@', 'ns1.other.example.')]);
    const existing = await t.provider.getZoneRecords(Z, dc);
    const { diffZone } = await import('../../diff/diff.js');
    const diff = diffZone(dc, existing, { mode: 'record' });
    const corrections = await t.provider.getCorrections(dc, existing, diff.changes, diff.actualChangeCount);
    expect(corrections.filter((c) => !c.run).map((c) => c.msg).join('\n')).toMatch(/OCI protects NS @ ns1\.p68\.dns\.oraclecloud\.net\./);
    for (const c of corrections) await c.run?.();
    const ns = [...fake.zones.get(Z)!.records.values()].filter((r) => r.rtype === 'NS').map((r) => r.rdata).sort();
    expect(ns).toEqual(['ns1.other.example.', 'ns1.p68.dns.oraclecloud.net.', 'ns2.p68.dns.oraclecloud.net.', 'ns3.p68.dns.oraclecloud.net.', 'ns4.p68.dns.oraclecloud.net.']);
  });

  it('a private_key that is not a key is a clear error that does not quote it', async () => {
    fake = await startOracleFake();
    await expect(oracle.createDns!({ credkey: 'oci', creds: creds(fake, { private_key: 'not-a-key-secret-value' }), meta: {} })).rejects.toThrow(/private_key is not a usable PEM private key/);
    const e = String(await Promise.resolve(oracle.createDns!({ credkey: 'oci', creds: creds(fake, { private_key: 'not-a-key-secret-value' }), meta: {} })).catch((x: unknown) => x));
    expect(e).not.toContain('not-a-key-secret-value');
  });

  it.each([
    ['empty TXT', rec.txt('t', ''), /empty TXT/],
    ['TXT with a backslash', rec.txt('t', 'a\\b'), /backslash/],
    ['TXT with a double quote', rec.txt('t', 'say "hi"'), /double quote/],
    ['DS', rec.ds('c', 1, 13, 2, 'AB'), /cannot store DS/],
    ['SRV', rec.srv('_s._tcp', 1, 1, 1, 'x.example.com.'), null],
  ])('audit: %s', (_n, r, want) => {
    const got = auditOracle([r]);
    if (want) expect(got.join()).toMatch(want);
    else expect(got).toEqual([]);
  });
});

describe('ORACLE: untrusted answers', () => {
  async function serve(answer: (path: string) => { status: number; type: string; body: string }) {
    const { createServer } = await import('node:http');
    const srv = createServer((req, res) => { const a = answer(req.url ?? ''); res.writeHead(a.status, { 'content-type': a.type }); res.end(a.body); });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as { port: number }).port;
    return { url: `http://127.0.0.1:${port}/20180115`, close: () => new Promise<void>((r) => srv.close(() => r())) };
  }

  it.each([
    ['an HTML page', { status: 200, type: 'text/html', body: '<html>proxy login</html>' }, /not JSON \(HTTP 200, text\/html\)/],
    ['JSON without items', { status: 200, type: 'application/json', body: '{"zones":1}' }, /no list of items/],
    ['a record without rdata', { status: 200, type: 'application/json', body: '{"items":[{"domain":"example.com","rtype":"A"}]}' }, /without rtype, domain or rdata/],
    ['an A record with a bad address', { status: 200, type: 'application/json', body: '{"items":[{"domain":"example.com","rtype":"A","rdata":"nonsense","ttl":300}]}' }, /cannot read A example\.com/],
  ])('%s is a clear error, not a crash', async (_n, answer, want) => {
    const s = await serve((path) => (path.includes('/records') ? answer : { status: 200, type: 'application/json', body: '{"name":"example.com","id":"z","lifecycleState":"ACTIVE"}' }));
    try {
      fake = await startOracleFake();
      const provider = await oracle.createDns!({ credkey: 'oci', creds: { ...creds(fake), base_url: s.url, http_retries: '0' }, meta: {} });
      await expect(provider.getZoneRecords(Z)).rejects.toThrow(want);
    } finally {
      await s.close();
    }
  });
});
