// What Name.com refuses beyond the capabilities (DNSControl's namedotcom audits plus the API's rules).
import type { RecordConfig } from '../../ir/types.js';

const SUPPORTED = new Set(['A', 'AAAA', 'ALIAS', 'CNAME', 'MX', 'NS', 'SRV', 'TXT']);

export function auditNamecom(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: Name.com cannot store ${r.type} records`); continue; }
    if (r.ttl < 300) out.push(`${at}: TTL ${r.ttl} is below Name.com's minimum of 300`);
    if (r.type === 'TXT') {
      if (r.target === '') out.push(`${at}: Name.com refuses an empty TXT`);
      if (r.target.includes('"')) out.push(`${at}: Name.com cannot store a TXT with a double quote`);
      if (/\s$/.test(r.target)) out.push(`${at}: Name.com drops a TXT's trailing space`);
      // Name.com's limit is on the quoted form: 512 characters with the two quotes.
      if (r.target.length > 510) out.push(`${at}: TXT longer than 510 characters (Name.com's limit)`);
    }
    if (r.type === 'MX' && (r.target === '.' || r.target === '')) out.push(`${at}: Name.com refuses a null MX`);
    if (r.type === 'SRV' && r.target === '.') out.push(`${at}: Name.com refuses an SRV with an empty target ("Invalid Srv Format")`);
    if (r.type === 'ALIAS' && r.name !== '@') out.push(`${at}: Name.com stores ALIAS (ANAME) only at the apex`);
  }
  return out;
}
