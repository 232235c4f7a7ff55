// INTERNETBS against its fake (test/fakes/internetbs).
import { afterEach, describe, expect, it } from 'vitest';
import { startInternetbsFake, type InternetbsFake } from '../../../test/fakes/internetbs/server.js';
import { domain } from '../../../test/integration/harness.js';
import { internetbs } from './index.js';

const Z = 'example.com';
let fake: InternetbsFake;
afterEach(async () => { await fake?.close(); });

async function registrar(creds: Record<string, string> = {}) {
  fake = await startInternetbsFake();
  return internetbs.createRegistrar!({ credkey: 'ibs', creds: { 'api-key': fake.apiKey, password: fake.password, base_url: fake.url, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {} });
}
const dc = (...ns: string[]) => domain(Z, [], { nameservers: ns.map((name) => ({ name })) });

describe('INTERNETBS', () => {
  it('is a registrar only, and needs its key and password', async () => {
    expect(internetbs.roles).toEqual(['registrar']);
    expect(internetbs.createDns).toBeUndefined();
    expect(() => internetbs.createRegistrar!({ credkey: 'ibs', creds: { 'api-key': 'k' }, meta: {} })).toThrow('ibs: INTERNETBS needs "password" in creds.json');
  });

  it('compares without case, trailing dots or order, and sets the whole list as one Ns_list', async () => {
    const reg = await registrar();
    fake.domains.set(Z, { nameservers: ['NS2.example.net', 'ns1.example.net'] });
    expect(await reg.getRegistrarCorrections(dc('ns1.example.net.', 'ns2.example.net'))).toEqual([]);
    const c = await reg.getRegistrarCorrections(dc('ns3.example.org', 'ns1.example.net'));
    expect(c.map((x) => x.msg)).toEqual(['Update nameservers ns1.example.net,ns2.example.net -> ns1.example.net,ns3.example.org']);
    await c[0]!.run!();
    expect(fake.domains.get(Z)!.nameservers).toEqual(['ns1.example.net', 'ns3.example.org']);
    expect(fake.stats.byRoute['GET /Domain/Update']).toBe(1);
    expect(await reg.getRegistrarCorrections(dc('ns3.example.org', 'ns1.example.net'))).toEqual([]);
  });

  it('a FAILURE answer (HTTP 200) is an error with its message and code, and never shows the key or password', async () => {
    const reg = await registrar();
    const err = await reg.getRegistrarCorrections(dc('ns1.example.net')).catch((e: Error) => e);
    expect(String(err)).toMatch(/INTERNETBS example\.com: \/Domain\/Info: Domain example\.com does not belong to your account \(code 100005/);
    fake.domains.set(Z, { nameservers: ['ns1.example.net', 'ns2.example.net'] });
    const c = await reg.getRegistrarCorrections(dc('ns1.example.net'));
    // The fake (as registries do) wants at least two nameservers: the refusal is the run's error.
    await expect(c[0]!.run!()).rejects.toThrow(/At least 2 name servers are required \(code 100040/);
    const bad = await internetbs.createRegistrar!({ credkey: 'ibs', creds: { 'api-key': 'wrong-key-123', password: 'wrong-pass-456', base_url: fake.url }, meta: {} });
    const e2 = String(await bad.getRegistrarCorrections(dc('ns1.example.net')).catch((e: Error) => e));
    expect(e2).toMatch(/Invalid API key and\/or Password/);
    expect(e2).not.toMatch(/wrong-key-123|wrong-pass-456/);
  });

  it('retries a throttled read, never repeats an update that got no answer', async () => {
    const reg = await registrar({ timeout: '0.3' });
    fake.domains.set(Z, { nameservers: ['a.example.net', 'b.example.net'] });
    fake.faults = { rate: 1, statuses: [429], after: 0, match: (r) => r.path === '/Domain/Info' && fake.stats.requests <= 2 };
    const c = await reg.getRegistrarCorrections(dc('c.example.net', 'd.example.net'));
    expect(c).toHaveLength(1);
    expect(fake.stats.faults).toBe(2);
    fake.faults = { rate: 0, statuses: [], hang: true, match: (r) => r.path === '/Domain/Update' };
    await expect(c[0]!.run!()).rejects.toThrow(/no answer/);
    expect(fake.stats.hung).toBe(1);
  });
});
