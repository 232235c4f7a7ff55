// What ClouDNS refuses beyond the capabilities (DNSControl's cloudns audits plus the API's rules). TTLs are
// not refused: ClouDNS takes only listed TTLs, and each desired TTL is rounded up to the next allowed one.
import type { RecordConfig } from '../../ir/types.js';

const SUPPORTED = new Set(['A', 'AAAA', 'ALIAS', 'CAA', 'CNAME', 'DNAME', 'DS', 'LOC', 'MX', 'NAPTR', 'NS', 'PTR', 'SRV', 'SSHFP', 'TLSA', 'TXT', 'CLOUDNS_WR']);

export function auditCloudns(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: ClouDNS cannot store ${r.type} records`); continue; }
    if (r.type === 'TXT') {
      if (r.target === '') out.push(`${at}: ClouDNS refuses an empty TXT`);
      if (r.target.includes('`')) out.push(`${at}: ClouDNS cannot store a TXT with a backtick`);
      if (r.target.includes('"')) out.push(`${at}: ClouDNS cannot store a TXT with a double quote`);
      if (/\s$/.test(r.target)) out.push(`${at}: ClouDNS drops a TXT's trailing space`);
      if ((r.txtstrings?.length ?? 1) > 1) out.push(`${at}: ClouDNS stores a TXT as one string, not ${r.txtstrings!.length}`);
    }
    if (r.type === 'SRV' && r.target === '.') out.push(`${at}: ClouDNS refuses an SRV with an empty target`);
    if (r.type === 'DS' && r.name === '@') out.push(`${at}: ClouDNS stores DS only for delegated children`);
    if (r.type === 'CLOUDNS_WR' && !/^https?:\/\/\S+$/i.test(r.target)) out.push(`${at}: a ClouDNS web redirect needs an http:// or https:// URL`);
  }
  return out;
}
