// What Linode refuses beyond the capabilities (DNSControl's linode auditrecords, checked against the API's
// record fields): a CAA has no flag field and its value no whitespace; an SRV is stored by service and
// protocol, so its label must be exactly "_service._protocol", and its priority must not be 0. Linode's
// record reference (post-domain-record, `target`) says a TXT's value and an SRV's target are required: an
// empty TXT and an SRV with the null target "." are refused here rather than by the API mid-push.
import type { RecordConfig } from '../../ir/types.js';
import { SRV_LABEL } from './convert.js';

const SUPPORTED = new Set(['A', 'AAAA', 'CAA', 'CNAME', 'MX', 'NS', 'SRV', 'TXT']);

export function auditLinode(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: Linode cannot store ${r.type} records`); continue; }
    if (r.type === 'CAA') {
      if ((r.caaflag ?? 0) !== 0) out.push(`${at}: Linode cannot store a CAA flag other than 0`);
      if (/\s/.test(r.target)) out.push(`${at}: Linode cannot store a CAA value with whitespace`);
    }
    if (r.type === 'TXT' && r.target === '') out.push(`${at}: Linode refuses an empty TXT`);
    if (r.type === 'SRV') {
      if (r.target === '.' || r.target === '') out.push(`${at}: Linode refuses an SRV with a null target (".")`);
      if (!SRV_LABEL.test(r.name)) out.push(`${at}: Linode stores an SRV by service and protocol: its label must be "_service._protocol"`);
      if ((r.srvpriority ?? 0) === 0) out.push(`${at}: Linode refuses an SRV with priority 0`);
    }
  }
  return out;
}
