// ROUTE53 against the fake REST-XML server (test/fakes/route53) through the real AWS SDK.
import { afterEach, describe, expect, it } from 'vitest';
import { startRoute53Fake, type Route53Fake } from '../../../test/fakes/route53/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import type { RecordConfig } from '../../ir/types.js';
import { route53 } from './index.js';
import { auditRoute53 } from './audit.js';

const Z = 'example.com';
let fake: Route53Fake;
afterEach(async () => { await fake?.close(); });

async function setup(creds: Record<string, string> = {}) {
  fake = await startRoute53Fake();
  const provider = await route53.createDns!({ credkey: 'r53', creds: { KeyId: fake.accessKeyId, SecretKey: fake.secretAccessKey, base_url: fake.url, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {} });
  return { label: 'r53', type: route53, provider, zone: Z };
}
const alias = (name: string, type: string, target: string, zone_id?: string): RecordConfig =>
  ({ type: 'R53_ALIAS', name, target, ttl: 300, r53_alias: { type, ...(zone_id ? { zone_id } : {}), evaluate_target_health: 'false' } });
const changeCalls = () => Object.entries(fake.stats.byRoute).filter(([k]) => k.startsWith('POST') && k.endsWith('/rrset')).reduce((n, [, v]) => n + v, 0);

describe('ROUTE53', () => {
  it.each([[10, 1], [500, 1], [501, 2], [1200, 3]])('%i new rrsets go in %i ChangeResourceRecordSets call(s) (UPSERT counts twice)', async (n, calls) => {
    const t = await setup();
    await apply(t, domain(Z, []));
    const before = changeCalls();
    await apply(t, domain(Z, Array.from({ length: n }, (_, i) => rec.a(`h${i}`, '192.0.2.1'))));
    expect(changeCalls() - before).toBe(calls);
  });

  it('splits by the 32,000 value-character limit', async () => {
    const t = await setup();
    await apply(t, domain(Z, []));
    const before = changeCalls();
    // 40 TXT of 1,000 characters: 80,000 counted characters under UPSERT → 3 calls.
    await apply(t, domain(Z, Array.from({ length: 40 }, (_, i) => rec.txt(`t${i}`, 'x'.repeat(1000)))));
    expect(changeCalls() - before).toBe(3);
    expect((await apply(t, domain(Z, Array.from({ length: 40 }, (_, i) => rec.txt(`t${i}`, 'x'.repeat(1000)))), true)).changes).toBe(0);
  });

  it('pages ListResourceRecordSets with NextRecordName/NextRecordType', async () => {
    const t = await setup();
    fake.maxItems = 7;
    const records = Array.from({ length: 25 }, (_, i) => rec.a(`h${i}`, '192.0.2.1'));
    await apply(t, domain(Z, records));
    expect((await t.provider.getZoneRecords(Z)).filter((r) => r.type === 'A')).toHaveLength(25);
  });

  it('R53_ALIAS of A and AAAA at one name, and a change of its target', async () => {
    const t = await setup();
    const dc = domain(Z, [rec.a('www', '192.0.2.1'), alias('@', 'A', `www.${Z}.`), alias('@', 'AAAA', 'lb.example.net.', 'Z2FDTNDATAQYW2')]);
    await apply(t, dc);
    expect((await apply(t, dc, true)).changes).toBe(0);
    const z = [...fake.zones.values()][0]!;
    expect(z.rrsets.get(`${Z}. A`)!.AliasTarget).toEqual({ HostedZoneId: z.id, DNSName: `www.${Z}.`, EvaluateTargetHealth: false });
    const moved = domain(Z, [rec.a('www', '192.0.2.1'), alias('@', 'A', `www.${Z}.`), alias('@', 'AAAA', 'lb2.example.net.', 'Z2FDTNDATAQYW2')]);
    expect((await apply(t, moved)).changes).toBe(1);
    expect(z.rrsets.get(`${Z}. AAAA`)!.AliasTarget!.DNSName).toBe('lb2.example.net.');
  });

  it('an alias that names its own zone with R53_ZONE is stable too', async () => {
    const t = await setup();
    await t.provider.ensureZone!(Z);
    const own = [...fake.zones.values()][0]!.id;
    const dc = domain(Z, [rec.a('www', '192.0.2.1'), alias('@', 'A', `www.${Z}.`, own)]);
    await apply(t, dc);
    expect((await apply(t, dc, true)).changes).toBe(0);
  });

  it('reads wildcard names written as \\052', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.a('*', '192.0.2.1'), rec.a('*.dev', '192.0.2.2')]));
    const names = (await t.provider.getZoneRecords(Z)).filter((r) => r.type === 'A').map((r) => r.name).sort();
    expect(names).toEqual(['*', '*.dev']);
  });

  it('honours R53_ZONE (zone_id meta) to pick one of two zones with the same name', async () => {
    const t = await setup();
    fake.addZone(Z);
    const second = fake.addZone(Z);
    await apply(t, domain(Z, [rec.a('x', '192.0.2.1')], { meta: { zone_id: second.id } }));
    expect(second.rrsets.has(`x.${Z}. A`)).toBe(true);
  });

  it('retries HTTP 400 Throttling', async () => {
    const t = await setup();
    fake.faults = { rate: 0.5, statuses: [429] }; // this fake answers "429" faults as 400 <Code>Throttling</Code>
    expect(await t.provider.listZones!()).toEqual([]);
    await t.provider.ensureZone!(Z);
    fake.faults.rate = 0;
    expect(await t.provider.listZones!()).toEqual([Z]);
  });

  it('a bad key fails with a message that holds no secret', async () => {
    const t = await setup({ KeyId: 'AKIAWRONG00000000000' });
    const err = (await t.provider.listZones!().catch((e: unknown) => e)) as Error;
    expect(String(err)).toMatch(/security token included in the request is invalid/);
    expect(String(err) + String(err.stack)).not.toContain(fake.secretAccessKey);
  });
});

describe('auditRoute53', () => {
  it.each<[string, Partial<RecordConfig>, RegExp | null]>([
    ['A', {}, null],
    ['ALIAS', { type: 'ALIAS' }, /use R53_ALIAS/],
    ['LOC', { type: 'LOC' }, /cannot store LOC/],
    ['R53_ALIAS bad type', { type: 'R53_ALIAS', r53_alias: { type: 'LOC' } }, /R53_ALIAS type/],
    ['R53_ALIAS CNAME at apex', { type: 'R53_ALIAS', name: '@', r53_alias: { type: 'CNAME' } }, /apex/],
    ['empty TXT', { type: 'TXT', target: '' }, /empty TXT/],
    ['TXT', { type: 'TXT', target: 'x' }, null],
  ])('%s', (_n, x, want) => {
    const got = auditRoute53([{ type: 'A', name: 'www', target: '192.0.2.1', ttl: 300, ...x }]);
    if (want) expect(got.join('\n')).toMatch(want);
    else expect(got).toEqual([]);
  });
});

describe('ROUTE53 as a registrar (Route 53 Domains)', () => {
  const dcNs = (...ns: string[]) => domain('example.com', [], { nameservers: ns.map((name) => ({ name })) });
  let f: Route53Fake | undefined;
  afterEach(async () => { await f?.close(); f = undefined; });
  const registrar = async (creds: Record<string, string> = {}) => {
    f = await startRoute53Fake();
    return route53.createRegistrar!({ credkey: 'r53', creds: { KeyId: f.accessKeyId, SecretKey: f.secretAccessKey, base_url: f.url, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {} });
  };

  it('reads GetDomainDetail, sets the whole list with one signed UpdateDomainNameservers', async () => {
    const reg = await registrar();
    f!.registered.set('example.com', { nameservers: ['NS-1.awsdns-01.org', 'ns-2.awsdns-02.com'] });
    expect(await reg.getRegistrarCorrections(dcNs('ns-2.awsdns-02.com.', 'ns-1.awsdns-01.org'))).toEqual([]);
    const c = await reg.getRegistrarCorrections(dcNs('ns2.example.net', 'ns1.example.net'));
    expect(c.map((x) => x.msg)).toEqual(['Update nameservers ns-1.awsdns-01.org,ns-2.awsdns-02.com -> ns1.example.net,ns2.example.net']);
    await c[0]!.run!();
    expect(f!.registered.get('example.com')!.nameservers).toEqual(['ns1.example.net', 'ns2.example.net']);
    expect(await reg.getRegistrarCorrections(dcNs('ns2.example.net', 'ns1.example.net'))).toEqual([]);
  });

  it('signs with SigV4 for route53domains (a wrong secret is refused by the fake, which checks with the SDK signer), a session token included', async () => {
    const reg = await registrar({ SecretKey: 'not-the-secret-key-0000', Token: 'session-token-1234567' });
    f!.registered.set('example.com', { nameservers: ['a.example.net', 'b.example.net'] });
    const e = String(await reg.getRegistrarCorrections(dcNs('a.example.net')).catch((x: Error) => x));
    expect(e).toMatch(/HTTP 403.*InvalidSignatureException|InvalidSignatureException/);
    expect(e).not.toMatch(/not-the-secret-key-0000|session-token-1234567/);
    await f!.close();
    const ok = await registrar({ Token: 'session-token-1234567' });
    f!.registered.set('example.com', { nameservers: ['a.example.net', 'b.example.net'] });
    expect(await ok.getRegistrarCorrections(dcNs('a.example.net', 'b.example.net'))).toEqual([]);
  });

  it('without KeyId/SecretKey signs with the AWS default chain (environment), as the DNS provider does', async () => {
    const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
    f = await startRoute53Fake();
    process.env.AWS_ACCESS_KEY_ID = f.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = f.secretAccessKey;
    try {
      const reg = await route53.createRegistrar!({ credkey: 'r53', creds: { base_url: f.url, http_retry_base_ms: '1' }, meta: {} });
      f.registered.set('example.com', { nameservers: ['a.example.net', 'b.example.net'] });
      expect(await reg.getRegistrarCorrections(dcNs('b.example.net', 'a.example.net'))).toEqual([]);
    } finally {
      for (const [k, v] of [['AWS_ACCESS_KEY_ID', saved.id], ['AWS_SECRET_ACCESS_KEY', saved.secret]] as const) {
        if (v === undefined) delete process.env[k]; else process.env[k] = v;
      }
    }
  });

  it('reports __type errors, retries ThrottlingException, never repeats an update that got no answer', async () => {
    const reg = await registrar({ timeout: '0.3' });
    await expect(reg.getRegistrarCorrections(dcNs('a.example.net'))).rejects.toThrow(/ROUTE53 example\.com: Route 53 Domains GetDomainDetail: InvalidInput: Domain example\.com not found in account/);
    f!.registered.set('example.com', { nameservers: ['a.example.net', 'b.example.net'] });
    f!.faults = { rate: 1, statuses: [429], match: () => f!.stats.faults < 2 };
    const c = await reg.getRegistrarCorrections(dcNs('c.example.net', 'd.example.net'));
    expect(f!.stats.faults).toBe(2);
    f!.faults = { rate: 0, statuses: [], hang: true };
    await expect(c[0]!.run!()).rejects.toThrow(/no answer/);
    expect(f!.stats.hung).toBe(1);
  });
});
