// CSCGLOBAL against its fake (test/fakes/cscglobal).
import { afterEach, describe, expect, it } from 'vitest';
import { startCscglobalFake, type CscglobalFake } from '../../../test/fakes/cscglobal/server.js';
import { domain } from '../../../test/integration/harness.js';
import { backoffDelay } from '../_http/retry.js';
import { cscglobal } from './index.js';
import { CSC_BACKOFF } from './api.js';

const Z = 'example.com';
let fake: CscglobalFake;
afterEach(async () => { await fake?.close(); });

async function registrar(creds: Record<string, string> = {}) {
  fake = await startCscglobalFake();
  return cscglobal.createRegistrar!({ credkey: 'csc', creds: { 'api-key': fake.apiKey, 'user-token': fake.token, base_url: `${fake.url}/dbs/api/v2`, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {} });
}
const dc = (...ns: string[]) => domain(Z, [], { nameservers: ns.map((name) => ({ name })) });

describe('CSCGLOBAL', () => {
  it('is a registrar only, and needs its key and token', () => {
    expect(cscglobal.roles).toEqual(['registrar']);
    expect(() => cscglobal.createRegistrar!({ credkey: 'csc', creds: { 'api-key': 'k' }, meta: {} })).toThrow('csc: CSCGLOBAL needs "user-token" in creds.json');
  });

  it('orders the whole list (OTHER_DNS, notification e-mails) when it differs, ignoring case and order', async () => {
    const reg = await registrar({ notification_emails: 'ops@example.com, noc@example.com' });
    fake.domains.set(Z, { nameservers: ['NS2.example.net', 'ns1.example.net'] });
    expect(await reg.getRegistrarCorrections(dc('ns2.example.net', 'ns1.example.net'))).toEqual([]);
    const c = await reg.getRegistrarCorrections(dc('ns1.example.org', 'ns2.example.org'));
    expect(c.map((x) => x.msg)).toEqual(['Update nameservers ns1.example.net,ns2.example.net -> ns1.example.org,ns2.example.org']);
    await c[0]!.run!();
    expect(fake.lastOrder).toEqual({
      qualifiedDomainName: Z, nameServers: ['ns1.example.org', 'ns2.example.org'], dnsType: 'OTHER_DNS',
      notifications: { enabled: true, additionalNotificationEmails: ['ops@example.com', 'noc@example.com'] }, showPrice: false, customFields: [],
    });
    expect(await reg.getRegistrarCorrections(dc('ns1.example.org', 'ns2.example.org'))).toEqual([]);
  });

  it('a desired nameserver with a final dot is an error, as in DNSControl', async () => {
    const reg = await registrar();
    fake.domains.set(Z, { nameservers: ['ns1.example.net', 'ns2.example.net'] });
    await expect(reg.getRegistrarCorrections(dc('ns1.example.org.', 'ns2.example.org'))).rejects.toThrow(/"ns1\.example\.org\." ends with a dot/);
    expect(fake.stats.requests).toBe(0);
  });

  it('retries the HTTP 400 rate-limit answer, and reports other errors with CSC\'s code and description', async () => {
    const reg = await registrar();
    fake.domains.set(Z, { nameservers: ['ns1.example.net', 'ns2.example.net'] });
    fake.faults = { rate: 1, statuses: [429], match: () => fake.stats.requests <= 3 };
    expect(await reg.getRegistrarCorrections(dc('ns1.example.net', 'ns2.example.net'))).toEqual([]);
    expect(fake.stats.faults).toBe(3);
    fake.faults = { rate: 0, statuses: [] };
    await expect(reg.getRegistrarCorrections(domain('other.example', [], { nameservers: [{ name: 'a.example.net' }] }))).rejects.toThrow(/reading the domain: HTTP 404: DOMAIN_NOT_FOUND Domain other\.example not found/);
    const c = await reg.getRegistrarCorrections(dc('only.example.net'));
    await expect(c[0]!.run!()).rejects.toThrow(/HTTP 400: INVALID_NAMESERVERS At least two name servers are required/);
    const bad = await cscglobal.createRegistrar!({ credkey: 'csc', creds: { 'api-key': 'secret-key-111', 'user-token': 'secret-token-222', base_url: `${fake.url}/dbs/api/v2` }, meta: {} });
    const e = String(await bad.getRegistrarCorrections(dc('a.example.net', 'b.example.net')).catch((x: Error) => x));
    expect(e).toMatch(/HTTP 401: UNAUTHORIZED/);
    expect(e).not.toMatch(/secret-key-111|secret-token-222/);
  });

  it('backs off ×1.5 from 1 s up to 25 s by default', () => {
    const o = { ...CSC_BACKOFF, random: () => 0.999999 };
    expect([0, 1, 2, 3, 8, 9, 12].map((a) => Math.round(backoffDelay(a, o) / 10) * 10)).toEqual([1000, 1500, 2250, 3380, 25000, 25000, 25000].map((x) => Math.round(x / 10) * 10));
  });
});
