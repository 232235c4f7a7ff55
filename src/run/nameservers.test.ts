import { describe, expect, it } from 'vitest';
import type { DomainConfig } from '../ir/types.js';
import type { DnsProvider } from '../providers/types.js';
import { determineNameservers, nsRecords } from './nameservers.js';

const provider = (names: string[]): DnsProvider => ({
  getNameservers: async () => names, getZoneRecords: async () => [], getCorrections: async () => [],
});
const dc = (extra: Partial<DomainConfig> = {}): DomainConfig => ({ name: 'example.com', registrar: 'none', dnsProviders: {}, records: [], ...extra });

describe('nameservers', () => {
  it.each<[string, number, string[]]>([
    ['all (-1)', -1, ['a.ns.net', 'b.ns.net', 'c.ns.net']],
    ['none (0)', 0, []],
    ['first 2', 2, ['a.ns.net', 'b.ns.net']],
  ])('nsCount %s', async (_n, count, want) => {
    const got = await determineNameservers(dc(), [{ count, dns: provider(['a.ns.net.', 'b.ns.net', 'c.ns.net']) }]);
    expect(got.map((n) => n.name)).toEqual(want);
  });
  it('NAMESERVER() entries come first and duplicates are dropped', async () => {
    const got = await determineNameservers(dc({ nameservers: [{ name: 'own.example.com' }] }),
      [{ count: -1, dns: provider(['x.ns.net', 'OWN.example.com.']) }, { count: -1, dns: provider(['x.ns.net']) }]);
    expect(got.map((n) => n.name)).toEqual(['own.example.com', 'x.ns.net']);
  });
  it('become apex NS records with the ns_ttl meta', () => {
    expect(nsRecords(dc({ meta: { ns_ttl: '86400' } }), [{ name: 'A.ns.net' }])).toEqual([{ type: 'NS', name: '@', target: 'a.ns.net.', ttl: 86400 }]);
    expect(nsRecords(dc(), [{ name: 'a.ns.net.' }])[0]!.ttl).toBe(300);
  });
});
