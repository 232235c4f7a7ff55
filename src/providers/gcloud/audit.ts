// What Cloud DNS cannot store, checked before any call.
import type { RecordConfig } from '../../ir/types.js';

const SUPPORTED = new Set(['A', 'AAAA', 'ALIAS', 'CAA', 'CNAME', 'DS', 'HTTPS', 'MX', 'NAPTR', 'NS', 'PTR', 'SPF', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'TXT']);

export function auditGCloud(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: Google Cloud DNS cannot store ${r.type} records (in dnscode)`); continue; }
    if (r.type === 'CNAME' && r.name === '@') out.push(`${at}: a CNAME cannot be at the apex (use ALIAS)`);
    if (r.type === 'ALIAS' && r.name !== '@') out.push(`${at}: Cloud DNS allows ALIAS only at the apex`);
  }
  return out;
}
