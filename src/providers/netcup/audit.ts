// What netcup's DNS API refuses beyond the capabilities (DNSControl's netcup audits plus the API's rules).
import type { RecordConfig } from '../../ir/types.js';

const SUPPORTED = new Set(['A', 'AAAA', 'CAA', 'CNAME', 'MX', 'NS', 'SRV', 'TLSA', 'TXT']);

export function auditNetcup(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: netcup cannot store ${r.type} records`); continue; }
    // DNSControl never sends NS to netcup (its apex NS are netcup's): a delegation would silently not happen.
    if (r.type === 'NS' && r.name !== '@') out.push(`${at}: netcup NS records are not managed through the API (DNSControl ignores them); delegate in netcup's CCP`);
    if (r.type === 'TXT' && r.target === '') out.push(`${at}: netcup refuses an empty TXT`);
    if (r.type === 'MX' && (r.target === '.' || r.target === '')) out.push(`${at}: netcup refuses a null MX`);
    if (r.type === 'SRV' && r.target === '.') out.push(`${at}: netcup refuses an SRV with an empty target`);
  }
  return out;
}
