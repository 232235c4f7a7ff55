// Per-record checks on the user's values (before targets are completed), one small rule per type.
// Each returns reasons; the caller prefixes them with the record's position and name.
import net from 'node:net';
import { quoteName } from '../../_util/names.js';
import type { RecordConfig } from '../../ir/types.js';
import { MAX_RDATA, txtWireSize } from '../../rr/quote.js';
export { MAX_RDATA };

type Rule = (rc: RecordConfig) => string[];

const u = (v: number | undefined, max: number) => v === undefined || (Number.isInteger(v) && v >= 0 && v <= max);
const range = (rc: RecordConfig, field: keyof RecordConfig, label: string, max: number): string[] =>
  u(rc[field] as number | undefined, max) ? [] : [`${label} must be an integer 0-${max}, got ${String(rc[field])}`];
const hex = (v: string | undefined, what: string): string[] => (v === undefined || /^[0-9a-fA-F]*$/.test(v) ? [] : [`${what} must be hex digits`]);

const angle = (v: number | undefined, what: string, maxDegrees: number): string[] =>
  v === undefined || (Number.isInteger(v) && Math.abs(v - 2 ** 31) <= maxDegrees * 3_600_000) ? [] : [`LOC ${what} is more than ${maxDegrees}°`];

/** DNSControl's hostname-target check: no odd characters, and a name with a dot must end with one. */
export function checkHostTarget(target: string): string[] {
  if (target === '@') return [];
  if (target === '') return ['empty target'];
  if (/['" +,|!£$%&/()=?^*ç°§;:<>[\]@]/.test(target)) return [`target ${JSON.stringify(target)} includes an invalid character`];
  if (target.includes('.') && !target.endsWith('.')) {
    return [`target ${JSON.stringify(target)} must end with a dot (.) to be a full name, or have no dot to be relative (https://docs.dnscontrol.org/language-reference/why-the-dot)`];
  }
  return [];
}

/** TXT rdata on the wire (rr/quote.ts). */
const txtSize = (rc: RecordConfig): number => txtWireSize(rc.txtstrings ?? [rc.target]);

const CAA_TAGS = new Set(['issue', 'issuewild', 'iodef', 'issuemail', 'issuevmc']);

export const RECORD_RULES: Record<string, Rule> = {
  A: (rc) => (net.isIPv4(rc.target) ? [] : [`target ${JSON.stringify(rc.target)} is not an IPv4 address`]),
  AAAA: (rc) => (net.isIPv6(rc.target) ? [] : [`target ${JSON.stringify(rc.target)} is not an IPv6 address`]),
  CNAME: (rc) => [...checkHostTarget(rc.target), ...(rc.name === '@' ? ['cannot create a CNAME record at the apex (bare domain); use ALIAS if the provider supports it'] : [])],
  NS: (rc) => [...checkHostTarget(rc.target), ...(rc.name === '@' ? ['cannot create NS records at the apex; use NAMESERVER() instead'] : [])],
  MX: (rc) => [...checkHostTarget(rc.target), ...(rc.mxpreference === undefined ? ['MX needs a priority: MX(name, priority, target)'] : range(rc, 'mxpreference', 'priority', 65535))],
  SRV: (rc) => [...checkHostTarget(rc.target), ...range(rc, 'srvpriority', 'priority', 65535), ...range(rc, 'srvweight', 'weight', 65535), ...range(rc, 'srvport', 'port', 65535)],
  PTR: (rc) => checkHostTarget(rc.target),
  ALIAS: (rc) => checkHostTarget(rc.target),
  DNAME: (rc) => checkHostTarget(rc.target),
  CAA: (rc) => [
    ...(CAA_TAGS.has(rc.caatag ?? '') ? [] : [`CAA tag ${JSON.stringify(rc.caatag)} is invalid (use ${[...CAA_TAGS].join(', ')})`]),
    ...range(rc, 'caaflag', 'flag', 255),
  ],
  TLSA: (rc) => [...range(rc, 'tlsausage', 'usage', 3), ...range(rc, 'tlsaselector', 'selector', 1), ...range(rc, 'tlsamatchingtype', 'matching type', 2), ...hex(rc.target, 'certificate data')],
  SMIMEA: (rc) => [...range(rc, 'smimeausage', 'usage', 3), ...range(rc, 'smimeaselector', 'selector', 1), ...range(rc, 'smimeamatchingtype', 'matching type', 2), ...hex(rc.target, 'certificate data')],
  SSHFP: (rc) => [...range(rc, 'sshfpalgorithm', 'algorithm', 6), ...range(rc, 'sshfpfingerprint', 'fingerprint type', 2), ...hex(rc.target, 'fingerprint')],
  DS: (rc) => [...range(rc, 'dskeytag', 'key tag', 65535), ...range(rc, 'dsalgorithm', 'algorithm', 255), ...range(rc, 'dsdigesttype', 'digest type', 255), ...hex(rc.dsdigest, 'digest')],
  DNSKEY: (rc) => [...range(rc, 'dnskeyflags', 'flags', 65535), ...range(rc, 'dnskeyprotocol', 'protocol', 255), ...range(rc, 'dnskeyalgorithm', 'algorithm', 255)],
  NAPTR: (rc) => [...range(rc, 'naptrorder', 'order', 65535), ...range(rc, 'naptrpreference', 'preference', 65535)],
  // RFC 1876: angles are thousandths of arc seconds offset by 2^31; at most 90° north/south, 180° east/west.
  LOC: (rc) => [
    ...angle(rc.loclatitude, 'latitude', 90), ...angle(rc.loclongitude, 'longitude', 180), ...range(rc, 'localtitude', 'altitude', 4294967295),
    ...range(rc, 'locsize', 'size', 255), ...range(rc, 'lochorizpre', 'horizontal precision', 255), ...range(rc, 'locvertpre', 'vertical precision', 255),
  ],
  SVCB: (rc) => range(rc, 'svcpriority', 'priority', 65535),
  HTTPS: (rc) => range(rc, 'svcpriority', 'priority', 65535),
  // Most TXT records are short: only long ones are measured.
  TXT: (rc) => (rc.target.length < 16_000 && (rc.txtstrings?.length ?? 0) < 4_000 ? []
    : txtSize(rc) > MAX_RDATA ? [`TXT data is ${txtSize(rc).toLocaleString('en-US')} bytes on the wire; a DNS record holds at most ${MAX_RDATA.toLocaleString('en-US')}`] : []),
  SOA: (rc) => {
    const out: string[] = [];
    if (rc.name !== '@') out.push('SOA records are only allowed at the apex ("@")');
    for (const f of ['soarefresh', 'soaretry', 'soaexpire', 'soaminttl'] as const) {
      if (!(Number.isInteger(rc[f]) && (rc[f] as number) > 0 && (rc[f] as number) <= 4294967295)) out.push(`${f.slice(3)} must be a positive 32-bit integer, got ${String(rc[f])}`);
    }
    if (rc.soambox?.includes('@')) out.push(`mbox ${JSON.stringify(rc.soambox)} must be written as a name (hostmaster.example.com.), not an email address`);
    return out;
  },
};

/** Every record type the IR may carry: RFC types, ALIAS, and provider-specific pseudo types. */
export const KNOWN_TYPES = new Set([
  'A', 'AAAA', 'ALIAS', 'CAA', 'CNAME', 'DHCID', 'DNAME', 'DNSKEY', 'DS', 'HTTPS', 'LOC', 'MX', 'NAPTR', 'NS',
  'OPENPGPKEY', 'PTR', 'RP', 'SMIMEA', 'SOA', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'TXT', 'LUA', 'IMPORT_TRANSFORM',
  'AKAMAICDN', 'AKAMAITLC', 'AZURE_ALIAS', 'R53_ALIAS', 'CF_REDIRECT', 'CF_TEMP_REDIRECT', 'CF_WORKER_ROUTE',
  'CLOUDFLAREAPI_SINGLE_REDIRECT', 'URL', 'URL301', 'FRAME', 'CLOUDNS_WR', 'PORKBUN_URLFWD', 'BUNNY_DNS_RDR', 'BUNNY_DNS_PZ',
  'ADGUARDHOME_A_PASSTHROUGH', 'ADGUARDHOME_AAAA_PASSTHROUGH', 'MIKROTIK_FWD', 'MIKROTIK_NXDOMAIN', 'MIKROTIK_FORWARDER',
]);

export function checkRecord(rc: RecordConfig): string[] {
  if (!KNOWN_TYPES.has(rc.type)) return [`unsupported record type ${quoteName(rc.type)}`];
  const ttl = [...(Number.isInteger(rc.ttl) && rc.ttl >= 0 && rc.ttl <= 2147483647 ? [] : [`TTL must be 0-2147483647, got ${rc.ttl}`])];
  return [...ttl, ...(RECORD_RULES[rc.type]?.(rc) ?? [])];
}
