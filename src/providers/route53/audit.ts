// What Route 53 cannot store, checked before any call.
import type { RecordConfig } from '../../ir/types.js';

const SUPPORTED = new Set(['A', 'AAAA', 'CAA', 'CNAME', 'DS', 'HTTPS', 'MX', 'NAPTR', 'NS', 'PTR', 'SPF', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'TXT', 'R53_ALIAS']);
const ALIAS_TYPES = new Set(['A', 'AAAA', 'CNAME', 'MX', 'NAPTR', 'PTR', 'SPF', 'SRV', 'TXT', 'CAA', 'DS', 'HTTPS', 'SVCB', 'TLSA', 'SSHFP', 'NS']);

export function auditRoute53(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (r.type === 'ALIAS') { out.push(`${at}: Route 53 has no generic ALIAS; use R53_ALIAS`); continue; }
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: Route 53 cannot store ${r.type} records`); continue; }
    if (r.ttl < 0 || r.ttl > 2147483647) out.push(`${at}: TTL ${r.ttl} is out of range 0–2147483647`);
    // DNSControl's route53 audit (rejectif.TxtIsEmpty): Route 53 refuses an empty TXT.
    if (r.type === 'TXT' && r.target === '') out.push(`${at}: Route 53 refuses an empty TXT`);
    if (r.type === 'R53_ALIAS') {
      const t = r.r53_alias?.type;
      if (!t || !ALIAS_TYPES.has(t)) out.push(`${at}: R53_ALIAS type must be one of ${[...ALIAS_TYPES].join(', ')}, not ${JSON.stringify(t)}`);
      if (t === 'CNAME' && r.name === '@') out.push(`${at}: a CNAME alias cannot be at the zone apex`);
    }
  }
  return out;
}
