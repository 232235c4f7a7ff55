// What Azure DNS (api-version 2018-05-01) cannot store, checked before any call.
import type { RecordConfig } from '../../ir/types.js';

const SUPPORTED = new Set(['A', 'AAAA', 'CAA', 'CNAME', 'MX', 'NS', 'PTR', 'SRV', 'TXT', 'AZURE_ALIAS']);

export function auditAzure(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (r.type === 'ALIAS') { out.push(`${at}: Azure has no generic ALIAS; use AZURE_ALIAS`); continue; }
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: Azure DNS cannot store ${r.type} records`); continue; }
    if (r.type === 'TXT' && r.target === '') out.push(`${at}: Azure refuses an empty TXT`);
    if (r.type === 'CNAME' && r.name === '@') out.push(`${at}: a CNAME cannot be at the apex (use AZURE_ALIAS)`);
    if (r.type === 'AZURE_ALIAS') {
      const t = r.azure_alias?.type;
      if (!t || !['A', 'AAAA', 'CNAME'].includes(t)) out.push(`${at}: AZURE_ALIAS type must be A, AAAA or CNAME`);
      if (!r.target.startsWith('/subscriptions/')) out.push(`${at}: AZURE_ALIAS target must be an Azure resource id (/subscriptions/…)`);
    }
  }
  return out;
}
