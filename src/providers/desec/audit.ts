// What deSEC refuses, checked before any call.
import type { RecordConfig } from '../../ir/types.js';

const REFUSED: Record<string, string> = {
  ALIAS: 'deSEC refuses ALIAS (use HTTPS or SVCB at the apex)', DNAME: 'deSEC refuses DNAME',
  SOA: 'deSEC manages the SOA', DNSKEY: 'deSEC manages DNSKEY', R53_ALIAS: 'R53_ALIAS is Route 53 only',
  AZURE_ALIAS: 'AZURE_ALIAS is Azure only', LOC: 'LOC is not supported by this provider yet',
};

export function auditDesec(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (REFUSED[r.type]) { out.push(`${at}: ${REFUSED[r.type]}`); continue; }
    if (r.type.startsWith('CF_')) { out.push(`${at}: ${r.type} is Cloudflare only`); continue; }
    if (r.type === 'CNAME' && r.name === '@') out.push(`${at}: deSEC refuses a CNAME at the apex`);
    if (r.ttl > 604800) out.push(`${at}: TTL ${r.ttl} is above deSEC's maximum of 604800`);
    if (r.name.length > 178) out.push(`${at}: subname longer than 178 characters`);
  }
  return out;
}
