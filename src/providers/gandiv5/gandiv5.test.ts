// GANDI_V5 against the fake (test/fakes/gandiv5).
import { afterEach, describe, expect, it } from 'vitest';
import { startGandiFake, type GandiFake } from '../../../test/fakes/gandiv5/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import { gandiv5 } from './index.js';
import { auditGandi } from './audit.js';

const Z = 'example.com';
let fake: GandiFake;
afterEach(async () => { await fake?.close(); });

async function setup() {
  fake = await startGandiFake();
  const provider = await gandiv5.createDns!({ credkey: 'g', creds: { token: fake.token, base_url: `${fake.url}/v5/livedns`, http_retry_base_ms: '1', max_requests_per_second: '0' }, meta: {} });
  return { label: 'g', type: gandiv5, provider, zone: Z };
}

describe('GANDI_V5', () => {
  it('changes a label with one PUT carrying every type at that name', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.a('www', '192.0.2.1'), rec.aaaa('www', '2001:db8::1'), rec.txt('www', 'x')]));
    const puts = () => fake.stats.byRoute['PUT /v5/livedns/domains/example.com/records/www'] ?? 0;
    const before = puts();
    await apply(t, domain(Z, [rec.a('www', '192.0.2.2'), rec.aaaa('www', '2001:db8::1')]));
    expect(puts() - before).toBe(1);
    const at = [...fake.domains.get(Z)!.rrsets.values()].filter((r) => r.rrset_name === 'www').map((r) => r.rrset_type).sort();
    expect(at).toEqual(['A', 'AAAA']);
  });

  it('ALIAS at the apex round-trips', async () => {
    const t = await setup();
    const dc = domain(Z, [rec.alias('@', 'lb.example.net.')]);
    await apply(t, dc);
    expect((await apply(t, dc, true)).changes).toBe(0);
  });

  it.each([
    ['TTL 60', rec.a('a', '192.0.2.1', 60), /300–2592000/],
    ['ALIAS off the apex', rec.alias('x', 'lb.example.net.'), /only at the apex/],
    ['A', rec.a('a', '192.0.2.1'), null],
  ])('audit: %s', (_n, r, want) => {
    const got = auditGandi([r]);
    if (want) expect(got.join()).toMatch(want);
    else expect(got).toEqual([]);
  });

  it('as a registrar, sets the whole delegation of a registered domain (Domain API) with the DNS provider\'s client', async () => {
    fake = await startGandiFake();
    const shared = new Map<string, unknown>();
    const ctx = { credkey: 'g', creds: { token: fake.token, base_url: `${fake.url}/v5/livedns`, http_retry_base_ms: '1', max_requests_per_second: '0' }, meta: {}, shared };
    const dns = await gandiv5.createDns!(ctx) as unknown as { api: unknown };
    const reg = await gandiv5.createRegistrar!(ctx);
    expect((reg as unknown as { api: unknown }).api).toBe(dns.api);
    fake.registered.set(Z, ['ns-1.gandi.net', 'ns-2.gandi.net']);
    const dc = domain(Z, [], { nameservers: [{ name: 'NS2.example.net.' }, { name: 'ns1.example.net' }] });
    const c = await reg.getRegistrarCorrections(dc);
    expect(c.map((x) => x.msg)).toEqual(["Change Nameservers from 'ns-1.gandi.net,ns-2.gandi.net' to 'ns1.example.net,ns2.example.net'"]);
    expect(c[0]!.delegation).toEqual({ before: ['ns-1.gandi.net', 'ns-2.gandi.net'], after: ['ns1.example.net', 'ns2.example.net'] });
    await c[0]!.run!();
    expect(fake.registered.get(Z)).toEqual(['ns1.example.net', 'ns2.example.net']);
    expect(fake.stats.byRoute[`PUT /v5/domain/domains/${Z}/nameservers`]).toBe(1);
    expect(await reg.getRegistrarCorrections(dc)).toEqual([]);
    await expect(reg.getRegistrarCorrections(domain('other.example', []))).rejects.toThrow(/not a domain registered at this Gandi account/);
    // Gandi refuses an empty delegation; the error says so.
    const none = await reg.getRegistrarCorrections(domain(Z, [], { nameservers: [] }));
    await expect(none[0]!.run!()).rejects.toThrow(/HTTP 400.*non-empty list/);
    expect(fake.registered.get(Z)).toEqual(['ns1.example.net', 'ns2.example.net']);
  });
});
