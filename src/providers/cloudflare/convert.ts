// Cloudflare native records ↔ IR. Names on the wire are FQDNs without a dot; hostnames in content
// carry no dot; TXT content is RFC 1035 quoted strings; structured types use a `data` object.
import type { RecordConfig } from '../../ir/types.js';
import { fqdnToLabel, labelToFQDN } from '../../_util/names.js';

export interface CfNative {
  id?: string;
  type: string;
  name: string;
  content?: string;
  data?: Record<string, unknown>;
  priority?: number;
  ttl: number;
  proxied?: boolean;
  comment?: string | null;
  tags?: string[];
  settings?: Record<string, unknown>;
}

/** IR hostname ("foo.com." or relative "foo") → the API's dotless FQDN. */
export function hostToWire(target: string, zone: string): string {
  if (target === '.' || target === '') return '.';
  return labelToFQDN(target, zone);
}

const hostFromWire = (h: string): string => (h === '.' || h === '' ? '.' : `${h.replace(/\.$/, '')}.`);

/** `"a" "b\"c"` → ["a", 'b"c']; unquoted content is one string. */
export function parseQuoted(content: string): string[] {
  if (!content.startsWith('"')) return [content];
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"/g;
  for (let m = re.exec(content); m; m = re.exec(content)) out.push(m[1]!.replace(/\\(.)/g, '$1'));
  return out;
}

/** One string → quoted 255-byte chunks (the API would split it the same way). */
export function quoteTxt(s: string): string {
  const chunks: string[] = [];
  let cur = '';
  for (const ch of s) {
    if (Buffer.byteLength(cur + ch) > 255) { chunks.push(cur); cur = ''; }
    cur += ch;
  }
  chunks.push(cur);
  return chunks.map((c) => `"${c.replace(/[\\"]/g, (m) => `\\${m}`)}"`).join(' ');
}

/** Proxy setting for a record: its own CF_PROXY_* meta, else the domain's CF_PROXY_DEFAULT. */
export function wantsProxy(rc: RecordConfig, domainMeta: Record<string, string> = {}): boolean {
  const v = rc.meta?.cloudflare_proxy ?? domainMeta.cloudflare_proxy_default ?? 'off';
  return (v === 'on' || v === 'full') && (rc.type === 'A' || rc.type === 'AAAA' || rc.type === 'CNAME');
}

export function toNative(rc: RecordConfig, zone: string, domainMeta: Record<string, string> = {}): CfNative {
  const name = labelToFQDN(rc.name, zone);
  const proxied = wantsProxy(rc, domainMeta);
  const base: CfNative = { type: rc.type, name, ttl: proxied ? 1 : rc.ttl, proxied };
  if (rc.meta?.cloudflare_comment !== undefined) base.comment = rc.meta.cloudflare_comment;
  if (rc.meta?.cloudflare_tags !== undefined) base.tags = rc.meta.cloudflare_tags.split(',').filter(Boolean);
  if (rc.type === 'CNAME' && rc.meta?.cloudflare_cname_flatten === 'on') base.settings = { flatten_cname: true };
  const host = () => hostToWire(rc.target, zone);
  switch (rc.type) {
    case 'A': case 'AAAA': return { ...base, content: rc.target };
    case 'CNAME': case 'NS': case 'PTR': return { ...base, content: host() };
    // Cloudflare has no ALIAS: a CNAME at the apex is flattened, which is what ALIAS means.
    case 'ALIAS': return { ...base, type: 'CNAME', content: host() };
    case 'MX': return { ...base, content: host(), priority: rc.mxpreference ?? 0 };
    case 'TXT': return { ...base, content: quoteTxt(rc.target) };
    case 'SRV': return { ...base, data: { priority: rc.srvpriority, weight: rc.srvweight, port: rc.srvport, target: host() } };
    case 'CAA': return { ...base, data: { flags: rc.caaflag ?? 0, tag: rc.caatag, value: rc.target } };
    case 'TLSA': return { ...base, data: { usage: rc.tlsausage, selector: rc.tlsaselector, matching_type: rc.tlsamatchingtype, certificate: rc.target } };
    case 'SSHFP': return { ...base, data: { algorithm: rc.sshfpalgorithm, type: rc.sshfpfingerprint, fingerprint: rc.target } };
    case 'DS': return { ...base, data: { key_tag: rc.dskeytag, algorithm: rc.dsalgorithm, digest_type: rc.dsdigesttype, digest: rc.dsdigest ?? rc.target } };
    case 'NAPTR': return { ...base, data: { order: rc.naptrorder, preference: rc.naptrpreference, flags: rc.naptrflags, service: rc.naptrservice, regex: rc.naptrregexp, replacement: rc.target === '.' ? '.' : host() } };
    case 'HTTPS': case 'SVCB': return { ...base, data: { priority: rc.svcpriority, target: rc.target === '.' ? '.' : host(), value: rc.svcparams ?? '' } };
    default: throw new Error(`CLOUDFLAREAPI: no conversion for ${rc.type}`);
  }
}

const num = (v: unknown): number => Number(v);
const str = (v: unknown): string => String(v ?? '');

export function fromNative(r: CfNative, zone: string): RecordConfig {
  const fqdn = r.name.toLowerCase().replace(/\.$/, '');
  const rc: RecordConfig = { type: r.type, name: fqdnToLabel(fqdn, zone), target: '', ttl: r.ttl };
  const d = r.data ?? {};
  const meta: Record<string, string> = {};
  // Explicit "off" so a domain-wide CF_PROXY_DEFAULT is not applied to what exists.
  if (r.proxied) meta.cloudflare_proxy = 'on';
  else if (r.type === 'A' || r.type === 'AAAA' || r.type === 'CNAME') meta.cloudflare_proxy = 'off';
  if (r.comment) meta.cloudflare_comment = r.comment;
  if (r.tags?.length) meta.cloudflare_tags = r.tags.join(',');
  if (r.settings?.flatten_cname) meta.cloudflare_cname_flatten = 'on';
  if (Object.keys(meta).length) rc.meta = meta;
  switch (r.type) {
    case 'A': case 'AAAA': rc.target = str(r.content); break;
    case 'CNAME':
      rc.target = hostFromWire(str(r.content));
      if (rc.name === '@') rc.type = 'ALIAS';
      break;
    case 'NS': case 'PTR': rc.target = hostFromWire(str(r.content)); break;
    case 'MX': rc.target = hostFromWire(str(r.content)); rc.mxpreference = r.priority ?? 0; break;
    case 'TXT': rc.target = parseQuoted(str(r.content)).join(''); break;
    case 'SRV': Object.assign(rc, { srvpriority: num(d.priority), srvweight: num(d.weight), srvport: num(d.port), target: hostFromWire(str(d.target)) }); break;
    case 'CAA': Object.assign(rc, { caaflag: num(d.flags), caatag: str(d.tag), target: str(d.value) }); break;
    case 'TLSA': Object.assign(rc, { tlsausage: num(d.usage), tlsaselector: num(d.selector), tlsamatchingtype: num(d.matching_type), target: str(d.certificate) }); break;
    case 'SSHFP': Object.assign(rc, { sshfpalgorithm: num(d.algorithm), sshfpfingerprint: num(d.type), target: str(d.fingerprint) }); break;
    case 'DS': Object.assign(rc, { dskeytag: num(d.key_tag), dsalgorithm: num(d.algorithm), dsdigesttype: num(d.digest_type), dsdigest: str(d.digest), target: str(d.digest) }); break;
    case 'NAPTR': Object.assign(rc, { naptrorder: num(d.order), naptrpreference: num(d.preference), naptrflags: str(d.flags), naptrservice: str(d.service), naptrregexp: str(d.regex), target: hostFromWire(str(d.replacement)) }); break;
    case 'HTTPS': case 'SVCB': Object.assign(rc, { svcpriority: num(d.priority), target: hostFromWire(str(d.target)), svcparams: str(d.value) }); break;
    default: rc.target = str(r.content);
  }
  return rc;
}

/** What the diff compares besides rdata: proxying, flattening, comment and tags (all API-visible). */
export function comparableExtra(rc: RecordConfig, domainMeta: Record<string, string> = {}): string {
  const parts: string[] = [];
  if (wantsProxy(rc, domainMeta)) parts.push('proxy=on');
  if (rc.type === 'CNAME' && rc.meta?.cloudflare_cname_flatten === 'on') parts.push('flatten=on');
  if (rc.meta?.cloudflare_comment) parts.push(`comment=${JSON.stringify(rc.meta.cloudflare_comment)}`);
  if (rc.meta?.cloudflare_tags) parts.push(`tags=${rc.meta.cloudflare_tags.split(',').sort().join(',')}`);
  return parts.join(' ');
}

/** Identity of a native record for matching an IR record to its id: everything the API stores. */
export function nativeKey(n: CfNative): string {
  const content = n.type === 'TXT' ? parseQuoted(n.content ?? '').join('') : n.content;
  return JSON.stringify([n.type === 'CNAME' ? 'CNAME' : n.type, n.name.toLowerCase(), content ?? null, n.priority ?? null, n.data ?? null]);
}
