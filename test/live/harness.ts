// Provider-level push helper for live tests: read the zone, diff it with the project's generic diff,
// run the provider's corrections. Returns the number of real changes that were pushed.
import type { DomainConfig, RecordConfig } from '../../src/ir/types.js';
import type { DnsProvider, ProviderType } from '../../src/providers/types.js';
import { diffZone } from '../../src/diff/diff.js';
import { parseRdata } from '../../src/rr/text.js';

export async function pushZone(pt: ProviderType, p: DnsProvider, dc: DomainConfig): Promise<number> {
  await p.ensureZone?.(dc.name);
  const existing = await p.getZoneRecords(dc.name, dc);
  const diff = diffZone(dc, existing, { mode: pt.diffMode });
  const corrections = await p.getCorrections(dc, existing, diff.changes, diff.actualChangeCount);
  for (const c of corrections) await c.run?.();
  return diff.actualChangeCount;
}

/** Changes a push would make now (0 = in sync). */
export async function pendingChanges(pt: ProviderType, p: DnsProvider, dc: DomainConfig): Promise<number> {
  const existing = await p.getZoneRecords(dc.name, dc);
  return diffZone(dc, existing, { mode: pt.diffMode }).actualChangeCount;
}

/** A record from zone-file notation: rec('www', 'A', '192.0.2.1', 300) within `zone`. */
export function rec(zone: string, name: string, type: string, rdata: string, ttl = 300): RecordConfig {
  return { type, name, target: '', ttl, ...parseRdata(type, rdata, zone) } as RecordConfig;
}

export function domain(name: string, records: RecordConfig[], extra: Partial<DomainConfig> = {}): DomainConfig {
  return { name, registrar: 'none', dnsProviders: { test: -1 }, records, ...extra };
}

export const LONG_TXT = `v=long ${'x'.repeat(300)} end`;
export const TLSA_HASH = 'd2abde240d7cd3ee6b4b28c54df034b97983a1d16e8a410e4561cb106618e971';
export const SSHFP_HASH = '123456789abcdef67890123456789abcdef67890';
export const DS_DIGEST = '2BB183AF5F22588179A53B0A98631FAD1A292118';

/** The record types every server here stores, at `zone` (forward zone). */
export function allTypes(zone: string): RecordConfig[] {
  const r = (n: string, t: string, d: string, ttl = 300) => rec(zone, n, t, d, ttl);
  return [
    r('@', 'NS', `ns1.${zone}.`),
    r('ns1', 'A', '127.0.0.1'),
    r('www', 'A', '192.0.2.1'),
    r('www', 'A', '192.0.2.2'),
    r('www', 'AAAA', '2001:db8::1'),
    r('alias', 'CNAME', `www.${zone}.`),
    r('@', 'MX', `10 mail.${zone}.`),
    r('mail', 'A', '192.0.2.25'),
    r('@', 'TXT', '"v=spf1 -all"'),
    r('long', 'TXT', `"${LONG_TXT.slice(0, 200)}" "${LONG_TXT.slice(200)}"`),
    r('@', 'CAA', '0 issue "letsencrypt.org"'),
    r('@', 'CAA', '128 iodef "mailto:sec@example.net"'),
    r('_sip._tcp', 'SRV', `10 60 5060 www.${zone}.`),
    r('_443._tcp.www', 'TLSA', `3 1 1 ${TLSA_HASH}`),
    r('www', 'SSHFP', `1 1 ${SSHFP_HASH}`),
    r('sub', 'NS', `ns.sub.${zone}.`),
    r('ns.sub', 'A', '192.0.2.53'),
    r('sub', 'DS', `12345 13 1 ${DS_DIGEST}`),
  ];
}

/** More types: NAPTR, DNAME, SMIMEA, OPENPGPKEY, DHCID (every server here), plus SVCB/HTTPS and LOC. */
export function moreTypes(zone: string, svcb = false, loc = false): RecordConfig[] {
  const r = (n: string, t: string, d: string) => rec(zone, n, t, d);
  return [
    r('sip', 'NAPTR', `100 10 "S" "SIP+D2U" "" _sip._udp.${zone}.`),
    r('regex', 'NAPTR', `10 20 "U" "E2U+sip" "!^.*$!sip:info@example.net!" .`),
    r('moved', 'DNAME', `elsewhere.${zone}.`),
    r('c4e1.._smimecert', 'SMIMEA', `3 1 1 ${TLSA_HASH}`),
    r('pgp', 'OPENPGPKEY', 'mDMEXEcE6RYJKwYBBAHaRw8BAQdArjWwk3FAqyiFbFBKT4TzXcVBqPTB3gmzlC/Ub7O1u120'),
    r('dhcp', 'DHCID', 'AAIBY2/AuCccgoJbsaxcQc9TUapptP69lOjxfNuVAA2kjEA='),
    ...(loc ? [r('here', 'LOC', '52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m')] : []),
    ...(svcb ? [r('_8443._foo.api', 'SVCB', `1 svc.${zone}. alpn="h2,h3" port=8443`), r('@', 'HTTPS', '1 . alpn="h3,h2"'),
      r('www', 'HTTPS', '1 . alpn="h2" ipv4hint=192.0.2.1,192.0.2.2 ipv6hint=2001:db8::1'), r('svc-alias', 'HTTPS', `0 www.${zone}.`)] : []),
  ].map((x) => (x.name.includes('..') ? { ...x, name: x.name.replace('..', '.') } : x));
}
