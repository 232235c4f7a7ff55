// The provider-agnostic sequence of desired states (DNSControl's integration-test idea): each step
// must apply, and a second plan right after must find zero changes. Capabilities decide what runs.
import type { Capability } from '../../src/providers/types.js';
import type { DomainConfig, RecordConfig } from '../../src/ir/types.js';
import { domain, rec } from './harness.js';

export interface Step {
  name: string;
  requires?: Capability[];
  /** Record types the provider must accept (checked against the audit). */
  records: (zone: string) => RecordConfig[];
  extra?: Partial<DomainConfig>;
  /** Records that must still exist after the step though the config omits them (IGNORE, NO_PURGE). */
  kept?: Array<{ name: string; type: string }>;
}

const LONG = 'v=DKIM1; k=rsa; p=' + 'A'.repeat(300);
const many = (n: number) => Array.from({ length: n }, (_, i) => rec.a(`host${i}`, `10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`));

export const STEPS: Step[] = [
  { name: 'empty zone', records: () => [] },
  { name: 'create A records', records: () => [rec.a('@', '192.0.2.1'), rec.a('www', '192.0.2.2')] },
  { name: 'change a value', records: () => [rec.a('@', '192.0.2.1'), rec.a('www', '192.0.2.3')] },
  { name: 'change a TTL', records: () => [rec.a('@', '192.0.2.1'), rec.a('www', '192.0.2.3', 600)] },
  { name: 'add a second record to a set', records: () => [rec.a('@', '192.0.2.1'), rec.a('www', '192.0.2.3', 600), rec.a('www', '192.0.2.4', 600)] },
  { name: 'delete one record of a set', records: () => [rec.a('@', '192.0.2.1'), rec.a('www', '192.0.2.4', 600)] },
  { name: 'AAAA, CNAME, MX', records: (z) => [rec.a('@', '192.0.2.1'), rec.aaaa('v6', '2001:db8::1'), rec.cname('web', `www.${z}.`), rec.a('www', '192.0.2.4'), rec.mx('@', 10, `mx1.${z}.`), rec.mx('@', 20, 'mx.example.net.')] },
  { name: 'TXT: plain, spaces, quotes, 255+ bytes', records: () => [rec.txt('t1', 'simple'), rec.txt('t2', 'with spaces '), rec.txt('t3', 'say "hi"'), rec.txt('dkim', LONG)] },
  { name: 'TXT: change the long one', records: () => [rec.txt('t1', 'simple'), rec.txt('dkim', LONG + 'B')] },
  { name: 'NS delegation', records: (z) => [rec.ns('sub', `ns1.${z}.`), rec.ns('sub', 'ns2.example.net.')] },
  { name: 'PTR', requires: ['canUsePTR'], records: (z) => [rec.ptr('4', `host.${z}.`)] },
  { name: 'SRV', requires: ['canUseSRV'], records: (z) => [rec.srv('_sip._tcp', 10, 60, 5060, `sip.${z}.`), rec.srv('_sip._tcp', 20, 0, 5061, 'sip2.example.net.')] },
  { name: 'CAA', requires: ['canUseCAA'], records: () => [rec.caa('@', 0, 'issue', 'letsencrypt.org'), rec.caa('@', 128, 'iodef', 'mailto:sec@example.net')] },
  { name: 'TLSA', requires: ['canUseTLSA'], records: () => [rec.tlsa('_443._tcp', 3, 1, 1, 'abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789')] },
  { name: 'SSHFP', requires: ['canUseSSHFP'], records: () => [rec.sshfp('@', 4, 2, '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef')] },
  { name: 'NAPTR', requires: ['canUseNAPTR'], records: () => [rec.naptr('sip', 100, 10, 'U', 'E2U+sip', '!^.*$!sip:info@example.com!', '.')] },
  { name: 'HTTPS and SVCB', requires: ['canUseHTTPS', 'canUseSVCB'], records: (z) => [rec.svc('HTTPS', 'www', 1, '.', 'alpn="h3,h2" port=443'), rec.svc('SVCB', '_8443._svc', 1, `svc.${z}.`, 'port=8443')] },
  {
    name: 'DS for a delegated child', requires: ['canUseDSForChildren'],
    records: (z) => [rec.ns('child', `ns1.${z}.`), rec.ds('child', 12345, 13, 2, 'ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789')],
  },
  { name: 'ALIAS at the apex', requires: ['canUseAlias'], records: () => [rec.alias('@', 'target.example.net.'), rec.a('www', '192.0.2.9')] },
  { name: 'many records at once (300)', records: () => many(300) },
  { name: 'many records changed at once', records: () => many(300).map((r, i) => (i % 3 === 0 ? { ...r, ttl: 600 } : r)) },
  { name: 'setup for IGNORE', records: () => [rec.a('keep', '192.0.2.50'), rec.a('www', '192.0.2.1')] },
  {
    name: 'IGNORE keeps an unmanaged record', records: () => [rec.a('www', '192.0.2.2')],
    extra: { unmanaged: [{ label_pattern: 'keep', rType_pattern: '*', target_pattern: '*' }] }, kept: [{ name: 'keep', type: 'A' }],
  },
  { name: 'setup for NO_PURGE', records: () => [rec.a('old', '192.0.2.60'), rec.a('www', '192.0.2.1')] },
  { name: 'NO_PURGE keeps records the config drops', records: () => [rec.a('www', '192.0.2.2')], extra: { keepunknown: true }, kept: [{ name: 'old', type: 'A' }] },
  { name: 'empty again', records: () => [] },
];

export const stepDomain = (s: Step, zone: string): DomainConfig => domain(zone, s.records(zone), s.extra);
