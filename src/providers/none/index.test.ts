import { describe, expect, it } from 'vitest';
import { none } from './index.js';
import { getProviderType } from '../registry.js';

describe('NONE', () => {
  const dc = { name: 'example.com', registrar: 'none', dnsProviders: {}, records: [], nameservers: [{ name: 'ns1.example.net' }] };
  it('is registered', () => {
    expect(getProviderType('NONE')).toBe(none);
  });
  it('never corrects a delegation', async () => {
    const r = await none.createRegistrar!({ credkey: 'none', creds: {}, meta: {} });
    expect(await r.getRegistrarCorrections(dc)).toEqual([]);
  });
  it('as a DNS provider holds nothing and changes nothing', async () => {
    const p = await none.createDns!({ credkey: 'none', creds: {}, meta: {} });
    expect(await p.getZoneRecords('example.com')).toEqual([]);
    expect(await p.getNameservers('example.com')).toEqual([]);
    expect(await p.getCorrections(dc, [], [], 0)).toEqual([]);
  });
});
