// What Cloudflare's API cannot store, checked before any call (rejectif rules in DNSControl terms).
import type { RecordConfig } from '../../ir/types.js';
import { SINGLE_REDIRECT, singleRedirectOf } from '../../rr/cf-single-redirect.js';

const SUPPORTED = new Set(['A', 'AAAA', 'ALIAS', 'CAA', 'CNAME', 'DS', 'HTTPS', 'MX', 'NAPTR', 'NS', 'PTR', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'TXT']);
/** Parsed by the DSL but backed by a Cloudflare product dnscode does not drive (workers). Redirects arrive as
 *  CLOUDFLAREAPI_SINGLE_REDIRECT records (normalize converts CF_REDIRECT/CF_TEMP_REDIRECT; redirects.ts). */
const NOT_YET = new Set(['CF_WORKER_ROUTE']);

export function auditCloudflare(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (NOT_YET.has(r.type)) { out.push(`${at}: ${r.type} needs Cloudflare's workers API, which dnscode does not drive`); continue; }
    if (r.type === SINGLE_REDIRECT) {
      const rule = singleRedirectOf(r);
      if (typeof rule === 'string') out.push(`${at}: ${rule}`);
      continue;
    }
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: Cloudflare cannot store ${r.type} records`); continue; }
    const proxy = r.meta?.cloudflare_proxy;
    if (proxy && !['on', 'off', 'full'].includes(proxy)) out.push(`${at}: cloudflare_proxy must be on, off or full, not ${JSON.stringify(proxy)}`);
    if ((proxy === 'on' || proxy === 'full') && !['A', 'AAAA', 'CNAME'].includes(r.type)) out.push(`${at}: only A, AAAA and CNAME records can be proxied`);
    if (r.ttl !== 1 && (r.ttl < 60 || r.ttl > 86400) && proxy !== 'on' && proxy !== 'full')
      out.push(`${at}: TTL ${r.ttl} is out of range: Cloudflare takes 60–86400 seconds, or 1 for automatic`);
    if (r.type === 'ALIAS' && r.name !== '@') out.push(`${at}: Cloudflare supports ALIAS only at the apex (as a flattened CNAME)`);
    // A null MX (RFC 7505) is stored: DNSControl's Cloudflare audit dropped MxNull. An empty TXT is refused, as there.
    if (r.type === 'TXT' && r.target === '') out.push(`${at}: Cloudflare refuses an empty TXT`);
    if (r.type === 'TXT' && /[\r\n]/.test(r.target)) out.push(`${at}: Cloudflare cannot store a TXT with a line break`);
  }
  return out;
}
