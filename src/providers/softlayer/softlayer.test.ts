// SOFTLAYER against the fake (test/fakes/softlayer): Basic auth, masks, filters and paging, the typed MX and
// SRV services, edits that send only what changed, zone creation and the 60 s minimum TTL.
import { afterEach, describe, expect, it } from 'vitest';
import { startSoftLayerFake, type SoftLayerFake } from '../../../test/fakes/softlayer/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import { softlayer } from './index.js';
import { auditSoftLayer } from './audit.js';
import { fromNative } from './convert.js';
import type { SoftLayerProvider } from './provider.js';

const Z = 'example.com';
let fake: SoftLayerFake;
afterEach(async () => { await fake?.close(); });

async function setup(creds: Record<string, string> = {}) {
  fake = await startSoftLayerFake();
  const provider = await softlayer.createDns!({
    credkey: 'sl', creds: { username: fake.username, api_key: fake.apiKey, base_url: `${fake.url}/rest/v3.1`, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {},
  });
  return { label: 'sl', type: softlayer, provider, zone: Z };
}
const stored = () => [...fake.domains.get(Z)!.records.values()];

describe('SOFTLAYER', () => {
  it('creates the domain (its placeholder A removed by the same push), MX through _MxType, SRV through _SrvType; reads back as configured', async () => {
    const t = await setup();
    const dc = domain(Z, [
      rec.mx('@', 10, `mx.${Z}.`), rec.srv('_sip._tcp', 10, 60, 5060, 'sip.example.net.'), rec.txt('t', 'v=spf1 -all; say "hi"'),
      rec.cname('www', `${Z}.`), rec.a('@', '192.0.2.1'), rec.ns('sub', 'ns.example.net.'),
    ]);
    await apply(t, dc);
    expect(fake.log.some((l) => l.startsWith('POST /rest/v3.1/SoftLayer_Dns_Domain/createObject.json'))).toBe(true);
    expect(fake.log.filter((l) => l.includes('SoftLayer_Dns_Domain_ResourceRecord_MxType/createObject'))).toHaveLength(1);
    expect(stored().find((r) => r.type === 'srv')).toMatchObject({ host: '_sip._tcp', service: '_sip', protocol: '_tcp', priority: 10, weight: 60, port: 5060, data: 'sip.example.net.' });
    expect(stored().find((r) => r.type === 'mx')).toMatchObject({ host: '@', mxPriority: 10, data: `mx.${Z}.` });
    expect(stored().find((r) => r.type === 'txt')!.data).toBe('v=spf1 -all; say "hi"');
    expect(stored().some((r) => r.data === '127.0.0.1'), 'placeholder removed').toBe(false);
    expect((await apply(t, dc, true)).lines).toEqual([]);
    expect(await t.provider.listZones!()).toEqual([Z]);
  });

  it('edits send only the fields that change, through the record type\'s service', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.mx('@', 10, `mx.${Z}.`), rec.srv('_sip._tcp', 10, 60, 5060, 'sip.example.net.')]));
    const orig = fake.log.length;
    await apply(t, domain(Z, [rec.mx('@', 20, `mx.${Z}.`), rec.srv('_sip._tcp', 10, 60, 5061, 'sip.example.net.')]));
    const edits = fake.log.slice(orig).filter((l) => l.includes('editObject'));
    expect(edits.some((l) => l.includes('SoftLayer_Dns_Domain_ResourceRecord_MxType/'))).toBe(true);
    expect(edits.some((l) => l.includes('SoftLayer_Dns_Domain_ResourceRecord_SrvType/'))).toBe(true);
    expect(edits.find((l) => l.includes('_MxType/'))).toMatch(/ \{"parameters":\[\{"mxPriority":20\}\]\}$/);
    expect(edits.find((l) => l.includes('_SrvType/'))).toMatch(/ \{"parameters":\[\{"port":5061\}\]\}$/);
    expect(stored().find((r) => r.type === 'mx')!.mxPriority).toBe(20);
    expect(stored().find((r) => r.type === 'srv')!.port).toBe(5061);
  });

  it('finds the zone with an objectFilter and mask, and reads its records in pages of 1,000 (SoftLayer-Total-Items)', async () => {
    const t = await setup();
    await apply(t, domain(Z, Array.from({ length: 1010 }, (_, i) => rec.a(`h${i}`, '192.0.2.1'))));
    const before = fake.log.length;
    expect((await t.provider.getZoneRecords(Z)).filter((r) => r.type === 'A')).toHaveLength(1010);
    const reads = fake.log.slice(before);
    expect(reads.filter((l) => l.includes('/getResourceRecords.json'))).toHaveLength(2);
    expect(reads.some((l) => l.includes('resultLimit=1000%2C1000'))).toBe(true);
    expect(fake.log.some((l) => l.includes('getDomains.json') && l.includes('objectFilter=') && l.includes('objectMask=mask%5Bid%2Cname%5D'))).toBe(true);
  });

  it('raises a TTL under 60 s to 60 before the diff (DNSControl\'s verifyMinTTL), so the next run is clean', async () => {
    const t = await setup();
    const dc = domain(Z, [rec.a('fast', '192.0.2.1', 30)]);
    await apply(t, dc);
    expect(stored().find((r) => r.host === 'fast')!.ttl).toBe(60);
    expect((await apply(t, dc, true)).changes).toBe(0);
  });

  it('reads a hostname stored without its dot relative to the zone, and refuses a record it cannot read', () => {
    expect(fromNative({ host: 'w', data: 'www', ttl: 300, type: 'cname' }, Z)!.target).toBe(`www.${Z}.`);
    expect(fromNative({ host: '@', data: 'x', ttl: 300, type: 'soa' }, Z)).toBeUndefined();
    expect(() => fromNative({ host: 1 } as never, Z)).toThrow(/cannot be read/);
  });

  it('retries a 429 and a 500; a rejected user/key pair gives the API message without the key', async () => {
    let t = await setup();
    fake.faults = { rate: 1, statuses: [429, 500], match: () => fake.stats.faults < 2 };
    expect(await t.provider.listZones!()).toEqual([]);
    expect(fake.stats.faults).toBe(2);
    await fake.close();
    t = await setup({ api_key: 'wrong-key-0123456789abcdef' });
    const err = (await t.provider.listZones!().catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/HTTP 401.*Invalid API token/);
    expect(err.message).not.toContain('wrong-key-0123456789abcdef');
    expect(String(err.stack)).not.toContain(fake.apiKey);
    expect(err.message).not.toContain(Buffer.from(`${fake.username}:wrong-key-0123456789abcdef`).toString('base64'));
  });

  it('a deletion whose record is already gone (a lost answer, then a retry) counts as done; other failures do not', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.a('a', '192.0.2.1'), rec.a('b', '192.0.2.2')]));
    const b = stored().find((r) => r.host === 'b')!;
    const api = (t.provider as SoftLayerProvider).api;
    await api.deleteRecord(b.id);
    await expect(api.deleteRecord(b.id)).resolves.toBeUndefined();
    await expect(api.editRecord('a', b.id, { ttl: 600 })).rejects.toThrow(/HTTP 404.*Unable to find object with id/);
  });

  it('an answer that is not JSON is a clear error', async () => {
    const t = await setup();
    fake.garbage = true;
    const err = (await t.provider.listZones!().catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/SOFTLAYER: GET \/SoftLayer_Account\/getDomains\.json: HTTP 200 answer is not JSON: "<html>Maintenance<\/html>"/);
  });

  it.each([
    ['CAA', rec.caa('@', 0, 'issue', 'ca.example'), /cannot store CAA/],
    ['PTR', rec.ptr('p', 'x.example.com.'), /cannot store PTR/],
    ['SRV below a name', rec.srv('_sip._tcp.sub', 1, 1, 1, 'x.example.com.'), /_service\._protocol/],
    ['SRV', rec.srv('_sip._udp', 1, 1, 1, 'x.example.com.'), null],
    ['TXT', rec.txt('t', 'x'), null],
  ])('audit: %s', (_n, r, want) => {
    const got = auditSoftLayer([r]);
    if (want) expect(got.join()).toMatch(want);
    else expect(got).toEqual([]);
  });
});
