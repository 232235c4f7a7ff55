// What SoftLayer refuses beyond the capabilities: record types its DNS service has no form for, and SRV
// records away from a "_service._protocol" label (the API stores service and protocol as fields and derives
// the host from them; DNSControl's create refuses the same labels). DNSControl has no audit for SoftLayer.
import type { RecordConfig } from '../../ir/types.js';
import { SRV_LABEL } from './convert.js';

const SUPPORTED = new Set(['A', 'AAAA', 'CNAME', 'MX', 'NS', 'SRV', 'TXT']);

export function auditSoftLayer(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: SoftLayer cannot store ${r.type} records`); continue; }
    if (r.type === 'SRV' && !SRV_LABEL.test(r.name)) out.push(`${at}: SoftLayer stores SRV records only at a "_service._protocol" label`);
  }
  return out;
}
