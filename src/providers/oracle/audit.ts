// What OCI DNS refuses beyond the capabilities (DNSControl's Oracle audits: TXT that is empty, has a
// backslash or a double quote).
import type { RecordConfig } from '../../ir/types.js';

const SUPPORTED = new Set(['A', 'AAAA', 'ALIAS', 'CAA', 'CNAME', 'MX', 'NAPTR', 'NS', 'PTR', 'SRV', 'SSHFP', 'TLSA', 'TXT']);

export function auditOracle(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: OCI DNS cannot store ${r.type} records through dnscode`); continue; }
    if (r.type === 'TXT' && r.target === '') out.push(`${at}: OCI DNS refuses an empty TXT`);
    if (r.type === 'TXT' && r.target.includes('\\')) out.push(`${at}: OCI DNS cannot store a TXT with a backslash`);
    if (r.type === 'TXT' && r.target.includes('"')) out.push(`${at}: OCI DNS cannot store a TXT with a double quote`);
  }
  return out;
}
