// AZURE_DNS against the fake ARM + token endpoint (test/fakes/azuredns).
import { afterEach, describe, expect, it } from 'vitest';
import { startAzureFake, type AzureFake } from '../../../test/fakes/azuredns/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import type { RecordConfig } from '../../ir/types.js';
import { azuredns } from './index.js';
import { auditAzure } from './audit.js';

const Z = 'example.com';
let fake: AzureFake;
afterEach(async () => { await fake?.close(); });

async function setup(creds: Record<string, string> = {}) {
  fake = await startAzureFake();
  const provider = await azuredns.createDns!({ credkey: 'az', creds: {
    SubscriptionID: fake.subscription, ResourceGroup: fake.resourceGroup, TenantID: fake.tenant, ClientID: fake.clientId,
    ClientSecret: fake.clientSecret, login_url: fake.url, base_url: fake.url, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds,
  }, meta: {} });
  return { label: 'az', type: azuredns, provider, zone: Z };
}
const alias = (name: string, type: string, id: string): RecordConfig => ({ type: 'AZURE_ALIAS', name, target: id, ttl: 300, azure_alias: { type } });
const RES = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/ip1';

describe('AZURE_DNS', () => {
  it('AZURE_ALIAS of A and AAAA at the apex, stable, and a retarget is one change', async () => {
    const t = await setup();
    const dc = domain(Z, [alias('@', 'A', RES), alias('@', 'AAAA', RES)]);
    await apply(t, dc);
    expect(fake.zones.get(Z)!.rrsets.get('A/@')!.properties.targetResource).toEqual({ id: RES });
    expect((await apply(t, dc, true)).lines).toEqual([]);
    expect((await apply(t, domain(Z, [alias('@', 'A', `${RES}2`), alias('@', 'AAAA', RES)]))).changes).toBe(1);
    expect(fake.zones.get(Z)!.rrsets.get('A/@')!.properties.targetResource).toEqual({ id: `${RES}2` });
  });

  it('follows nextLink', async () => {
    const t = await setup();
    fake.pageSize = 7;
    await apply(t, domain(Z, Array.from({ length: 30 }, (_, i) => rec.a(`h${i}`, '192.0.2.1'))));
    expect((await t.provider.getZoneRecords(Z)).filter((r) => r.type === 'A')).toHaveLength(30);
  });

  it('a wrong client secret fails without the secret in the message', async () => {
    const t = await setup({ ClientSecret: 'wrong-secret-value-123' });
    const err = (await t.provider.getZoneRecords(Z).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/HTTP 401.*invalid_client/);
    expect(err.message).not.toContain('wrong-secret-value-123');
  });

  it.each([
    ['ALIAS', { type: 'ALIAS', name: '@', target: 'x.', ttl: 300 }, /use AZURE_ALIAS/],
    ['TLSA', { type: 'TLSA', name: 'x', target: 'ab', ttl: 300 }, /cannot store TLSA/],
    ['AZURE_ALIAS to a hostname', { type: 'AZURE_ALIAS', name: 'x', target: 'foo.com.', ttl: 300, azure_alias: { type: 'A' } }, /resource id/],
    ['AZURE_ALIAS', alias('x', 'CNAME', RES), null],
  ])('audit: %s', (_n, r, want) => {
    const got = auditAzure([r as RecordConfig]);
    if (want) expect(got.join()).toMatch(want);
    else expect(got).toEqual([]);
  });
});
