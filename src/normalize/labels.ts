// Canonical labels and targets, as DNSControl's normaliser makes them: lower-case labels relative to the
// zone ("@" for the apex), reverse-zone magic for PTR names, and hostname targets completed to FQDNs with a
// trailing dot (relative to the D_EXTEND subdomain when there is one).
import net from 'node:net';
import type { DomainConfig, RecordConfig } from '../ir/types.js';
import { quoteName, shortName, toASCII, toUnicode } from '../_util/names.js';
import { canonicalIPv6, ipv6Hex } from '../rr/ipv6.js';

const ARPA = /\.(in-addr|ip6)\.arpa$/;

/** Types whose target is a hostname, completed with the origin when relative. */
export const HOSTNAME_TARGET_TYPES = new Set(['ALIAS', 'CNAME', 'DNAME', 'MX', 'NS', 'PTR', 'SRV']);

/**
 * Lower case, and for internationalised names the UTS #46 mapped Unicode form ("DÜSSELDORF" → "düsseldorf").
 * Record labels and targets stay in Unicode in the IR, as DNSControl's print-ir shows them (only the zone
 * name is punycode there); providers convert to punycode with toASCII() when they talk to a server.
 */
export function canonicalName(name: string): string {
  if (/^[\x00-\x7f]*$/.test(name)) return name.toLowerCase();
  return toUnicode(toASCII(name));
}

/** Longer input cannot map to a name of 253 octets (IDNA mapping removes only rare ignorable characters). */
const MAX_NAME_INPUT = 4096;

/** Why a zone or record name cannot be used in DNS (empty label, too long, spaces), or undefined. */
export function nameProblem(name: string): string | undefined {
  // Most names are one plain label: nothing to check (and no splitting, per record of a large config).
  if (/^[A-Za-z0-9_*-]{1,63}$/.test(name)) return undefined;
  if (name.length > MAX_NAME_INPUT) return `${quoteName(name)} is longer than 253 characters`;
  if (/\s/.test(name)) return `${quoteName(name)} contains white space`;
  const bare = name.replace(/\.$/, '');
  if (bare.split('.').some((l) => l === '')) return `${quoteName(name)} has an empty label (two dots in a row?)`;
  const ascii = toASCII(bare);
  if (ascii.split('.').some((l) => l.length > 63)) return `${quoteName(name)} has a label longer than 63 characters`;
  if (ascii.length > 253) return `${quoteName(name)} is longer than 253 characters`;
  return undefined;
}

/** "foo" + "example.com." → "foo.example.com."; "@" → the origin; FQDNs unchanged. */
export function addOrigin(name: string, origin: string): string {
  if (name.endsWith('.')) return name;
  if (name === '@' || name === '') return origin;
  return `${name}.${origin}`;
}

/** The reverse name of an IPv4/IPv6 address ("1.2.3.4" → "4.3.2.1.in-addr.arpa"), or undefined. */
export function reverseOfIp(ip: string): string | undefined {
  if (net.isIPv4(ip)) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  const hex = ipv6Hex(ip);
  return hex === undefined ? undefined : `${hex.split('').reverse().join('.')}.ip6.arpa`;
}

/**
 * True when an IPv4 address lies in an RFC 2317/4183 classless zone such as "128/27.2.0.192.in-addr.arpa"
 * (or "128-27…"): the first three octets match and the last falls in the delegated block. Its PTR label is
 * then the last octet, as DNSControl's PTR name magic makes it.
 */
export function inClasslessZone(ip: string, domain: string): boolean {
  const m = /^(\d{1,3})[/-](\d{1,2})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.in-addr\.arpa$/.exec(domain);
  if (!m || !net.isIPv4(ip)) return false;
  const [first, bits, c, b, a] = m.slice(1).map(Number) as [number, number, number, number, number];
  const o = ip.split('.').map(Number);
  if (o[0] !== a || o[1] !== b || o[2] !== c || bits < 24 || bits > 32) return false;
  const size = 2 ** (32 - bits);
  return Math.floor(o[3]! / size) * size === first;
}

/** The zone's name in the form record labels and targets have in the IR (Unicode). */
export const zoneUnicode = (dc: DomainConfig): string => toUnicode(dc.name);

/**
 * The zone-relative label of a record; returns an error message for labels that cannot be right.
 * In reverse zones, names given in full (e.g. from REV()) are made relative; PTR names may be IPs.
 */
export function canonicalLabel(rc: RecordConfig, dc: DomainConfig): string | { error: string } {
  // Before IDNA mapping, which takes seconds on a 1,000,000-character Unicode name.
  if (rc.name.length > MAX_NAME_INPUT) return { error: `label ${quoteName(rc.name)} is longer than 253 characters` };
  const name = canonicalName(rc.name);
  const domain = zoneUnicode(dc);
  if (name === '' ) return { error: 'empty label (use "@" for the apex)' };
  if (name === domain || name === `${domain}.`) return '@';
  if (ARPA.test(domain)) {
    if (rc.type === 'PTR' && (name.includes('.') || name.includes(':'))) {
      const rev = reverseOfIp(name);
      if (rev) {
        if (rev === domain) return '@';
        if (!rev.endsWith(`.${domain}`)) {
          if (inClasslessZone(name, domain)) return rev.split('.')[0]!;
          return { error: `PTR name ${rc.name} is not in reverse zone ${domain}` };
        }
        return rev.slice(0, -(domain.length + 1));
      }
    }
    const bare = name.replace(/\.$/, '');
    if (ARPA.test(bare)) {
      if (bare === domain) return '@';
      if (!bare.endsWith(`.${domain}`)) return { error: `${shortName(rc.name)} is not in reverse zone ${domain}` };
      return bare.slice(0, -(domain.length + 1));
    }
  }
  const bad = name === '@' ? undefined : nameProblem(name);
  if (bad && !name.endsWith('.')) return { error: `label ${bad}` };
  if (name.endsWith('.')) return { error: `label ${shortName(rc.name)} ends with a dot; labels are relative to the zone (use "@" for the apex)` };
  if (name.endsWith(`.${domain}`) && rc.meta?.skip_fqdn_check !== 'true') {
    return {
      error: `label ${quoteName(rc.name)} ends with the domain name; record names are relative to the zone. ` +
        `Add {skip_fqdn_check:"true"} to the record if you really mean ${shortName(name)}.${domain}`,
    };
  }
  return name;
}

/** Hostname target → FQDN with trailing dot, relative to the D_EXTEND subdomain if any. */
export function canonicalTarget(rc: RecordConfig, dc: DomainConfig): string {
  if (HOSTNAME_TARGET_TYPES.has(rc.type)) {
    const zone = zoneUnicode(dc);
    const origin = rc.subdomain ? `${rc.subdomain}.${zone}.` : `${zone}.`;
    return addOrigin(rc.target, origin);
  }
  if (rc.type === 'SOA') return addOrigin(rc.target, `${zoneUnicode(dc)}.`);
  // RP(name, mbox, txt): DNSControl completes both names with the zone (its RP FromArgs: AddOrigin).
  if (rc.type === 'RP') return rc.target.split(/\s+/).filter((n) => n !== '').map((n) => addOrigin(n, `${zoneUnicode(dc)}.`)).join(' ');
  if (rc.type === 'NAPTR' && rc.target === '') return '.';
  if (rc.type === 'AAAA') return canonicalIPv6(rc.target) ?? rc.target;
  return rc.target;
}
