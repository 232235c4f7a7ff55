// What INWX refuses beyond the capabilities (DNSControl's inwx auditrecords: TXT with a backtick, with
// trailing whitespace, or empty; and its notes: no PTR with an empty target).
import type { RecordConfig } from '../../ir/types.js';

const SUPPORTED = new Set(['A', 'AAAA', 'ALIAS', 'CAA', 'CNAME', 'HTTPS', 'MX', 'NAPTR', 'NS', 'PTR', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'TXT']);

export function auditInwx(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: INWX cannot store ${r.type} records${r.type === 'DS' ? ' (DS is not implemented, as in DNSControl)' : ''}`); continue; }
    if (r.type === 'TXT') {
      if (r.target === '') out.push(`${at}: INWX refuses an empty TXT`);
      if (r.target.includes('`')) out.push(`${at}: INWX cannot store a TXT with a backtick`);
      if (/\s$/.test(r.target)) out.push(`${at}: INWX cannot store a TXT with trailing whitespace`);
    }
    if (r.type === 'PTR' && (r.target === '.' || r.target === '')) out.push(`${at}: INWX refuses a PTR with an empty target`);
  }
  return out;
}
