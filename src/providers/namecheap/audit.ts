// What Namecheap's API refuses beyond the capabilities: DNSControl's audits (null MX, TXT with a double quote)
// plus the setHosts page's rules (TTL 60–60000, redirects need a URL).
import type { RecordConfig } from '../../ir/types.js';
import { EXPRESSIBLE, REDIRECTS } from './convert.js';

export function auditNamecheap(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!EXPRESSIBLE.has(r.type)) { out.push(`${at}: Namecheap cannot store ${r.type} records`); continue; }
    if (r.type === 'MX' && (r.target === '.' || r.target === '')) out.push(`${at}: Namecheap refuses a null MX`);
    if (r.type === 'TXT' && r.target.includes('"')) out.push(`${at}: Namecheap cannot store a TXT with a double quote`);
    if (r.ttl < 60 || r.ttl > 60000) out.push(`${at}: Namecheap takes TTLs from 60 to 60000 seconds, not ${r.ttl}`);
    if (REDIRECTS.has(r.type) && !/^https?:\/\/\S+$/i.test(r.target)) out.push(`${at}: a Namecheap ${r.type} redirect needs an http:// or https:// URL`);
  }
  return out;
}
