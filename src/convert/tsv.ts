// get-zones --format tsv: one record per line: FQDN, label, TTL, class, type, rdata (TXT unquoted).
import type { RecordConfig } from '../ir/types.js';
import { rdataText } from '../rr/text.js';

export function formatTsvZone(zone: string, records: readonly RecordConfig[]): string {
  let s = '';
  for (const rc of records) {
    const fqdn = rc.name === '@' ? zone : `${rc.name}.${zone}`;
    // TXT shows its text itself rather than the quoted zone-file form.
    const rdata = rc.type === 'TXT' ? rc.target : rdataText(rc);
    s += `${fqdn}\t${rc.name}\t${rc.ttl}\tIN\t${rc.type}\t${rdata}\n`;
  }
  return s;
}
