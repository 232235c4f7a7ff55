// VULTR against the fake (test/fakes/vultr).
import { afterEach, describe, expect, it } from 'vitest';
import { startVultrFake, type VultrFake } from '../../../test/fakes/vultr/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import { vultr } from './index.js';
import { auditVultr } from './audit.js';
import { fromNative } from './convert.js';

const Z = 'example.com';
let fake: VultrFake;
afterEach(async () => { await fake?.close(); });

async function setup(creds: Record<string, string> = {}) {
  fake = await startVultrFake();
  const provider = await vultr.createDns!({ credkey: 'vu', creds: { token: fake.token, base_url: `${fake.url}/v2`, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {} });
  return { label: 'vu', type: vultr, provider, zone: Z };
}
const stored = () => [...fake.domains.get(Z)!.records.values()];

describe('VULTR', () => {
  it('writes the data forms (MX/SRV priority apart, SRV "weight port target", CAA, SSHFP, one quoted TXT) and reads them back as configured', async () => {
    const t = await setup();
    const long = 'v=DKIM1; p=' + 'A'.repeat(400);
    const dc = domain(Z, [
      rec.mx('@', 10, `mx.${Z}.`), rec.srv('_sip._tcp', 10, 60, 5060, 'sip.example.net.'), rec.caa('@', 128, 'iodef', 'mailto:sec@example.net'),
      rec.sshfp('@', 4, 2, '0123456789abcdef'), rec.txt('dkim', long), rec.cname('www', `${Z}.`),
    ]);
    await apply(t, dc);
    expect(stored().find((r) => r.type === 'MX')).toMatchObject({ name: '', data: `mx.${Z}`, priority: 10 });
    expect(stored().find((r) => r.type === 'SRV')).toMatchObject({ name: '_sip._tcp', data: '60 5060 sip.example.net', priority: 10 });
    expect(stored().find((r) => r.type === 'CAA')!.data).toBe('128 iodef "mailto:sec@example.net"');
    expect(stored().find((r) => r.type === 'SSHFP')!.data).toBe('4 2 0123456789abcdef');
    expect(stored().find((r) => r.type === 'TXT')!.data).toBe(`"${long}"`);
    expect((await apply(t, dc, true)).lines).toEqual([]);
  });

  it('creates an empty zone (its NS only), follows the cursor past 500 records', async () => {
    const t = await setup();
    await apply(t, domain(Z, Array.from({ length: 600 }, (_, i) => rec.a(`h${i}`, '192.0.2.1'))));
    expect(await t.provider.listZones!()).toEqual([Z]);
    expect(stored().filter((r) => r.type !== 'A')).toHaveLength(2);
    const before = fake.stats.byRoute[`GET /v2/domains/${Z}/records`]!;
    expect((await t.provider.getZoneRecords(Z)).filter((r) => r.type === 'A')).toHaveLength(600);
    expect(fake.stats.byRoute[`GET /v2/domains/${Z}/records`]! - before).toBe(2);
  });

  it('writes IDN targets in Unicode and reads them back in ASCII', async () => {
    const t = await setup();
    const dc = domain(Z, [rec.cname('shop', 'xn--bcher-kva.example.')]);
    await apply(t, dc);
    expect(stored().find((r) => r.type === 'CNAME')!.data).toBe('bücher.example');
    expect((await t.provider.getZoneRecords(Z)).find((r) => r.type === 'CNAME')!.target).toBe('xn--bcher-kva.example.');
    expect((await apply(t, dc, true)).changes).toBe(0);
  });

  it('refuses to read a TXT without its quotes rather than guess', () => {
    expect(() => fromNative({ id: 'x', type: 'TXT', name: 't', data: 'bare', priority: -1, ttl: 300 })).toThrow(/without its quotes/);
  });

  it('retries a 429 and a 503; a rejected key gives the API message without the key', async () => {
    let t = await setup();
    fake.faults = { rate: 1, statuses: [429, 503], match: () => fake.stats.faults < 2 };
    expect(await t.provider.listZones!()).toEqual([]);
    expect(fake.stats.faults).toBe(2);
    await fake.close();
    t = await setup({ token: 'wrong-token-0123456789' });
    const err = (await t.provider.listZones!().catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/HTTP 401.*Invalid API token/);
    expect(err.message).not.toContain('wrong-token-0123456789');
    expect(String(err.stack)).not.toContain(fake.token);
  });

  it.each([
    ['null MX', rec.mx('@', 0, '.'), /null MX/],
    ['TXT with a quote', rec.txt('t', 'say "hi"'), /double quote/],
    ['CAA value with a space', rec.caa('@', 0, 'issue', 'ca.example; x=1 y'), /whitespace/],
    ['PTR', rec.ptr('p', 'x.example.com.'), /cannot store PTR/],
    ['TLSA', rec.tlsa('_443._tcp', 3, 1, 1, 'ab'), /cannot store TLSA/],
    ['SSHFP', rec.sshfp('@', 1, 1, 'ab'), null],
  ])('audit: %s', (_n, r, want) => {
    const got = auditVultr([r]);
    if (want) expect(got.join()).toMatch(want);
    else expect(got).toEqual([]);
  });
});
