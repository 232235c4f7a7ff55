// PowerDNS rrsets ↔ IR records. Content is zone-file presentation format, so rr/text.ts does the work.
import type { RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { parseRdata, rdataText } from '../../rr/text.js';
import { fqdnToLabel } from '../../_util/names.js';
import type { PdnsRRset } from './api.js';

/** Types PowerDNS manages itself. */
const SKIP = new Set(['SOA', 'RRSIG', 'NSEC', 'NSEC3', 'NSEC3PARAM', 'DNSKEY', 'CDS', 'CDNSKEY']);

export const dotted = (fqdn: string): string => (fqdn.endsWith('.') ? fqdn : `${fqdn}.`);

/** Read-side canonical forms. PowerDNS prints hex in lower case; use the case DNSControl's files use (DS
 *  digests upper, the rest lower). */
export function canonicalHex(rc: RecordConfig): RecordConfig {
  // PowerDNS prints SVCB/HTTPS params unquoted; DNSControl's form (miekg/dns) quotes alpn and ech only.
  if (rc.svcparams) rc.svcparams = rc.svcparams.replace(/\b(alpn|ech)=([^"\s]+)/g, '$1="$2"');
  if (rc.dsdigest) rc.dsdigest = rc.dsdigest.toUpperCase();
  if (rc.type === 'SSHFP' || rc.type === 'TLSA' || rc.type === 'SMIMEA') rc.target = rc.target.toLowerCase();
  return rc;
}

export function fromRRsets(rrsets: PdnsRRset[], zone: string): RecordConfig[] {
  const out: RecordConfig[] = [];
  for (const rs of rrsets) {
    if (SKIP.has(rs.type)) continue;
    const name = fqdnToLabel(rs.name.replace(/\.$/, '').toLowerCase(), zone);
    for (const r of rs.records ?? []) {
      if (r.disabled) continue;
      out.push(canonicalHex({ type: rs.type, name, target: '', ttl: rs.ttl ?? 0, ...parseRdata(rs.type, r.content, zone) } as RecordConfig));
    }
  }
  return out;
}

/** PowerDNS rejects content that differs from its own presentation: SVCB/HTTPS parameter values must be
 *  unquoted when they can be (`alpn=h2,h3`, not `alpn="h2,h3"`), except ech, which it prints quoted
 *  (`ech="..."`; unquoted it answers 422 "Not in expected format"). */
export function pdnsContent(rc: RecordConfig): string {
  const text = rdataText(rc).trim();
  if (rc.type !== 'SVCB' && rc.type !== 'HTTPS') return text;
  return text.replace(/\b([a-z0-9-]+)=(?:"([^"\\\s]*)"|([^"\s]+))/g, (_m, key: string, quoted?: string, bare?: string) => {
    const v = quoted ?? bare ?? '';
    return key === 'ech' ? `${key}="${v}"` : `${key}=${v}`;
  });
}

/** One rrset change: REPLACE with every desired record of the set, or DELETE when none is left. */
export function toRRset(c: Change): PdnsRRset {
  const name = dotted(c.key.nameFQDN);
  if (c.new.length === 0) return { name, type: c.key.type, changetype: 'DELETE' };
  return {
    name, type: c.key.type, changetype: 'REPLACE',
    // PowerDNS has one TTL per rrset; the diff's validation makes the set's TTLs agree.
    ttl: c.new[0]!.ttl,
    records: c.new.map((rc) => ({ content: pdnsContent(rc), disabled: false })),
  };
}

/** toRRset(c) as JSON text, written directly: the PATCH body is built from these once, with no rrset
 *  objects in between (the same bytes as JSON.stringify(toRRset(c))). */
export function rrsetJson(c: Change): string {
  const ttl = c.new[0]?.ttl;
  if (c.new.length > 0 && !Number.isFinite(ttl)) return JSON.stringify(toRRset(c));
  const head = `{"name":${JSON.stringify(dotted(c.key.nameFQDN))},"type":${JSON.stringify(c.key.type)}`;
  if (c.new.length === 0) return `${head},"changetype":"DELETE"}`;
  let records = '';
  for (const rc of c.new) records += `${records ? ',' : ''}{"content":${JSON.stringify(pdnsContent(rc))},"disabled":false}`;
  return `${head},"changetype":"REPLACE","ttl":${ttl},"records":[${records}]}`;
}
