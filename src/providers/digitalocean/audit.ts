// What DigitalOcean refuses (DNSControl's digitalocean auditrecords plus the API's rules).
import type { RecordConfig } from '../../ir/types.js';

const SUPPORTED = new Set(['A', 'AAAA', 'CAA', 'CNAME', 'MX', 'NS', 'SRV', 'TXT']);

export function auditDigitalOcean(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: DigitalOcean cannot store ${r.type} records`); continue; }
    if (r.ttl < 30) out.push(`${at}: TTL ${r.ttl} is below DigitalOcean's minimum of 30`);
    if (r.type === 'TXT') {
      if (r.target === '') out.push(`${at}: DigitalOcean refuses an empty TXT`);
      if (r.target.includes('\\')) out.push(`${at}: DigitalOcean refuses a TXT with a backslash`);
      // DO checks the length in quoted, chunked form: 509 characters is the most that always fits.
      if (r.target.length > 509) out.push(`${at}: TXT longer than 509 characters (DigitalOcean's limit)`);
      if (r.target.includes('"')) out.push(`${at}: DigitalOcean cannot store a TXT with a double quote`);
    }
    if (r.type === 'MX' && (r.target === '.' || r.target === '')) out.push(`${at}: DigitalOcean refuses a null MX`);
    if (r.type === 'CAA' && /\s/.test(r.target)) out.push(`${at}: DigitalOcean refuses CAA values with white space`);
    if (r.type === 'SRV' && (r.target === '.' || r.target === '')) out.push(`${at}: DigitalOcean refuses an SRV with a null target (".")`);
    if (r.type === 'CNAME' && r.name === '@') out.push(`${at}: DigitalOcean refuses a CNAME at the apex`);
  }
  return out;
}
