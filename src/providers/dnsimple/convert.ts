// DNSimple zone records ⇄ IR. Names are relative ("" for the apex). CNAME, ALIAS, NS, PTR and MX targets
// travel without the trailing dot; MX and SRV carry their priority in the separate `priority` field (SRV
// content is "weight port target"); SVCB/HTTPS send their target without the dot; every other type
// (TXT quoted, CAA, NAPTR, SSHFP, TLSA) is its zone-file presentation form.
import type { RecordConfig } from '../../ir/types.js';
import { parseRdata, rdataText } from '../../rr/text.js';

export interface DnsimpleRecord {
  id?: number;
  name: string;
  type: string;
  content: string;
  ttl: number;
  priority?: number | null;
  system_record?: boolean;
}

const HOST_TYPES = new Set(['CNAME', 'ALIAS', 'NS', 'PTR']);
const noDot = (s: string) => (s !== '.' && s.endsWith('.') ? s.slice(0, -1) : s);
const dot = (s: string) => (s.endsWith('.') ? s : `${s}.`);

export function toNative(rc: RecordConfig): DnsimpleRecord {
  const n: DnsimpleRecord = { name: rc.name === '@' ? '' : rc.name, type: rc.type, content: '', ttl: rc.ttl };
  if (HOST_TYPES.has(rc.type)) n.content = noDot(rc.target);
  else if (rc.type === 'MX') Object.assign(n, { content: noDot(rc.target), priority: rc.mxpreference ?? 0 });
  else if (rc.type === 'SRV') Object.assign(n, { content: `${rc.srvweight ?? 0} ${rc.srvport ?? 0} ${noDot(rc.target)}`, priority: rc.srvpriority ?? 0 });
  else if (rc.type === 'SVCB' || rc.type === 'HTTPS') {
    const [prio, target, ...rest] = rdataText(rc).split(' ');
    n.content = [prio, noDot(target ?? '.'), ...rest].join(' ');
  } else n.content = rdataText(rc);
  return n;
}

export function fromNative(n: DnsimpleRecord, zone: string): RecordConfig {
  const base = { type: n.type, name: n.name === '' ? '@' : n.name, ttl: n.ttl };
  if (HOST_TYPES.has(n.type)) return { ...base, target: dot(n.content) };
  let text = n.content;
  if (n.type === 'MX') text = `${n.priority ?? 0} ${dot(n.content)}`;
  else if (n.type === 'SRV') {
    const f = n.content.trim().split(/\s+/);
    text = `${n.priority ?? 0} ${f[0] ?? 0} ${f[1] ?? 0} ${dot(f[2] ?? '.')}`;
  } else if (n.type === 'SVCB' || n.type === 'HTTPS') {
    const [prio, target, ...rest] = n.content.split(' ');
    text = [prio, dot(target ?? '.'), ...rest].join(' ');
  }
  return { ...base, target: '', ...parseRdata(n.type, text, zone) } as RecordConfig;
}

/** What identifies a live record when we need its id. */
export const recordKey = (rc: RecordConfig): string => `${rc.name}\u0000${rc.type}\u0000${rdataText(rc)}`;
