// What NS1 refuses beyond the capabilities (DNSControl's ns1 auditrecords plus the wire format): an empty
// TXT (an answer needs a token), an NS1_URLFWD that is not "from to redirectType pathForwardingMode
// queryForwarding", a NAPTR field with a space (answers are read back joined by single spaces).
import type { RecordConfig } from '../../ir/types.js';

const SUPPORTED = new Set(['A', 'AAAA', 'ALIAS', 'CAA', 'CNAME', 'DHCID', 'DNAME', 'DS', 'HTTPS', 'MX', 'NAPTR', 'NS', 'PTR', 'SRV', 'SVCB', 'TLSA', 'TXT', 'NS1_URLFWD']);

export function auditNs1(records: RecordConfig[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const at = `${r.type} ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;
    if (!SUPPORTED.has(r.type)) { out.push(`${at}: NS1 cannot store ${r.type} records`); continue; }
    if (r.type === 'TXT' && r.target === '') out.push(`${at}: NS1 refuses an empty TXT`);
    if (r.type === 'NAPTR' && [r.naptrflags, r.naptrservice, r.naptrregexp].some((f) => /\s/.test(f ?? ''))) {
      out.push(`${at}: NS1 cannot store a NAPTR field with whitespace`);
    }
    if (r.type === 'NS1_URLFWD') {
      const f = r.target.trim().split(/\s+/);
      if (f.length !== 5 || !/^\d+$/.test(f[2]!) || !/^[0-3]$/.test(f[3]!) || !/^[01]$/.test(f[4]!)) {
        out.push(`${at}: NS1_URLFWD needs "from to redirectType pathForwardingMode queryForwarding", e.g. "/ https://example.com/ 301 2 0"`);
      }
    }
  }
  return out;
}
