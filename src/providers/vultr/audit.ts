// What Vultr refuses beyond the capabilities (DNSControl's vultr auditrecords, checked against the API): a
// null MX, a TXT with a double quote (its data is one quoted string), a CAA value with whitespace.
import type { RecordConfig } from '../../ir/types.js';

const SUPPORTED = new Set(['A', 'AAAA', 'CAA', 'CNAME', 'MX', 'NS', 'SRV', 'SSHFP', 'TXT']);

export function auditVultr(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: Vultr cannot store ${r.type} records`); continue; }
    if (r.type === 'MX' && (r.target === '.' || r.target === '')) out.push(`${at}: Vultr refuses a null MX`);
    if (r.type === 'TXT' && r.target.includes('"')) out.push(`${at}: Vultr cannot store a TXT with a double quote`);
    if (r.type === 'CAA' && /\s/.test(r.target)) out.push(`${at}: Vultr cannot store a CAA value with whitespace`);
  }
  return out;
}
