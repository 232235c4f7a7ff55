// INWX records ⇄ IR. Names are FQDNs on read and relative on write ("@" at the apex). Hostname targets
// of CNAME, NS, MX, SRV, PTR and ALIAS travel WITHOUT the final dot (INWX adds it; a null target stays
// "."), and are read back with it. MX and SRV priority is the separate `prio`; SRV content is
// "weight port target". TXT content is the plain text; every other type its zone-file rdata.
import type { RecordConfig } from '../../ir/types.js';
import { fqdnToLabel } from '../../_util/names.js';
import { parseRdata, rdataText } from '../../rr/text.js';
import type { InwxRecord, InwxRecordRequest } from './api.js';

const HOST_TYPES = new Set(['CNAME', 'NS', 'MX', 'SRV', 'PTR', 'ALIAS']);
const noDot = (h: string) => (h === '.' ? '.' : h.replace(/\.$/, ''));

export function toInwx(rc: RecordConfig): InwxRecordRequest {
  const base = { type: rc.type, name: rc.name, ttl: rc.ttl };
  switch (rc.type) {
    case 'MX': return { ...base, content: noDot(rc.target), prio: rc.mxpreference ?? 0 };
    case 'SRV': return { ...base, content: `${rc.srvweight ?? 0} ${rc.srvport ?? 0} ${noDot(rc.target)}`, prio: rc.srvpriority ?? 0 };
    case 'TXT': return { ...base, content: rc.target };
    default: return { ...base, content: HOST_TYPES.has(rc.type) ? noDot(rc.target) : rdataText(rc) };
  }
}

/** One record read from nameserver.info (SOA is INWX's and is not passed here); throws on what it cannot read. */
export function fromInwx(r: InwxRecord, zone: string): RecordConfig {
  if (typeof r.name !== 'string' || typeof r.type !== 'string' || typeof r.content !== 'string') {
    throw new Error(`INWX returned a record that cannot be read: ${JSON.stringify(r).slice(0, 200)}`);
  }
  const name = fqdnToLabel(r.name.toLowerCase().replace(/\.$/, ''), zone);
  const ttl = Number(r.ttl);
  const prio = Number(r.prio ?? 0);
  const withDot = (h: string) => (h === '.' || h.endsWith('.') ? h : `${h}.`);
  const base: RecordConfig = { type: r.type, name, target: '', ttl };
  try {
    switch (r.type) {
      case 'TXT': return { ...base, target: r.content };
      case 'MX': return { ...base, mxpreference: prio, target: withDot(r.content.trim()) };
      case 'SRV': {
        const f = r.content.trim().split(/\s+/);
        if (f.length !== 3 || !/^\d+$/.test(f[0]!) || !/^\d+$/.test(f[1]!)) throw new Error('expected "weight port target"');
        return { ...base, srvpriority: prio, srvweight: Number(f[0]), srvport: Number(f[1]), target: withDot(f[2]!) };
      }
      default: return { ...base, ...parseRdata(r.type, HOST_TYPES.has(r.type) ? withDot(r.content.trim()) : r.content, zone) };
    }
  } catch (e) {
    throw new Error(`INWX returned a ${r.type} record for ${r.name} that cannot be read: ${JSON.stringify(r.content)} (${(e as Error).message})`);
  }
}

/** What matches a record read to the id INWX gave it. */
export const recordKey = (rc: RecordConfig): string => `${rc.name}\u0000${rc.type}\u0000${rdataText(rc)}`;
