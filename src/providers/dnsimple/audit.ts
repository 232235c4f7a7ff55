// What DNSimple refuses beyond the capabilities (DNSControl's dnsimple auditrecords, checked against the
// API's validation): TXT empty, longer than 1000 characters, with a trailing space or an odd number of
// double quotes.
import type { RecordConfig } from '../../ir/types.js';

const SUPPORTED = new Set(['A', 'AAAA', 'ALIAS', 'CAA', 'CNAME', 'HTTPS', 'MX', 'NAPTR', 'NS', 'PTR', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'TXT']);

export function auditDnsimple(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: DNSimple cannot store ${r.type} records`); continue; }
    if (r.type !== 'TXT') continue;
    if (r.target === '') out.push(`${at}: DNSimple refuses an empty TXT`);
    if (r.target.length > 1000) out.push(`${at}: TXT longer than 1000 characters (DNSimple's limit)`);
    if (/\s$/.test(r.target)) out.push(`${at}: DNSimple cannot store a TXT that ends with a space`);
    if ((r.target.match(/"/g)?.length ?? 0) % 2 === 1) out.push(`${at}: DNSimple cannot store a TXT with an unpaired double quote`);
  }
  return out;
}
