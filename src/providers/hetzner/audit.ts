// What the legacy Hetzner DNS API cannot store, checked before any call.
import type { RecordConfig } from '../../ir/types.js';

const SUPPORTED = new Set(['A', 'AAAA', 'CAA', 'CNAME', 'DS', 'MX', 'NS', 'SRV', 'TLSA', 'TXT']);

export function auditHetzner(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: Hetzner DNS cannot store ${r.type} records`); continue; }
    if (r.type === 'CAA' && /\s/.test(r.target)) out.push(`${at}: Hetzner refuses CAA values with spaces`);
    if (r.type === 'CNAME' && r.name === '@') out.push(`${at}: a CNAME cannot be at the apex`);
  }
  return out;
}
