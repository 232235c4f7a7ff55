// What OVH refuses beyond the capabilities (DNSControl's ovh audit and the API's checks): the native-record
// metadata must name SPF, DKIM or DMARC and sit on a TXT; DKIM and DMARC keep their text bare, so a double
// quote cannot be stored; a DMARC record must be at a `_dmarc` label (DNSControl v4.17, PR #3440).
import type { RecordConfig } from '../../ir/types.js';
import { NATIVE_META, NATIVE_TYPES } from './convert.js';

const SUPPORTED = new Set(['A', 'AAAA', 'CAA', 'CNAME', 'MX', 'NS', 'SRV', 'SSHFP', 'TLSA', 'TXT']);

export function auditOvh(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: OVH cannot store ${r.type} records`); continue; }
    const native = r.meta?.[NATIVE_META];
    if (native === undefined) continue;
    const n = native.toUpperCase();
    if (r.type !== 'TXT') out.push(`${at}: ${NATIVE_META} applies to TXT records only`);
    else if (!NATIVE_TYPES.has(n)) out.push(`${at}: ${NATIVE_META} must be SPF, DKIM or DMARC, not ${JSON.stringify(native)}`);
    else if ((n === 'DKIM' || n === 'DMARC') && r.target.includes('"')) out.push(`${at}: an OVH ${n} record cannot hold a double quote`);
    if (n === 'DMARC' && r.type === 'TXT' && !r.name.startsWith('_dmarc')) out.push(`${at}: an OVH DMARC record must be at a _dmarc label`);
  }
  return out;
}
