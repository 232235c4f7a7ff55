// What Gandi LiveDNS refuses, checked before any call.
import type { RecordConfig } from '../../ir/types.js';

const SUPPORTED = new Set(['A', 'AAAA', 'ALIAS', 'CAA', 'CNAME', 'DS', 'MX', 'NS', 'PTR', 'SRV', 'SSHFP', 'TLSA', 'TXT']);

export function auditGandi(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: Gandi LiveDNS cannot store ${r.type} records (in dnscode)`); continue; }
    if (r.ttl < 300 || r.ttl > 2592000) out.push(`${at}: TTL ${r.ttl} is out of Gandi's range 300–2592000`);
    if (r.type === 'ALIAS' && r.name !== '@') out.push(`${at}: Gandi allows ALIAS only at the apex`);
    if (r.type === 'CNAME' && r.name === '@') out.push(`${at}: a CNAME cannot be at the apex (use ALIAS)`);
  }
  return out;
}
