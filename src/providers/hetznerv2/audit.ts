// What the Hetzner Cloud DNS API cannot store, checked before any call.
import type { RecordConfig } from '../../ir/types.js';

const SUPPORTED = new Set(['A', 'AAAA', 'CAA', 'CNAME', 'DS', 'HINFO', 'HTTPS', 'MX', 'NS', 'PTR', 'RP', 'SRV', 'SVCB', 'TLSA', 'TXT']);

export function auditHetznerV2(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: Hetzner cannot store ${r.type} records`); continue; }
    if (r.type === 'CNAME' && r.name === '@') out.push(`${at}: a CNAME cannot be at the apex`);
  }
  return out;
}
