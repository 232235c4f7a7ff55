// Name.com records ⇄ IR. `host` is relative ("" at the apex) and `fqdn` ends with a dot; CNAME, ANAME, MX
// and NS answers are hostnames without the dot; ALIAS is the type ANAME; SRV's answer is "weight port
// target" with the priority apart; MX's preference is `priority`; TXT is one plain string.
import type { RecordConfig } from '../../ir/types.js';
import { rdataText } from '../../rr/text.js';

export interface NcRecord {
  id?: number;
  domainName?: string;
  host: string;
  fqdn?: string;
  type: string;
  answer: string;
  ttl: number;
  priority?: number;
}

const HOST_TYPES = new Set(['CNAME', 'ALIAS', 'MX', 'NS']);
const dotted = (h: string) => (h.endsWith('.') ? h : `${h}.`);
const bare = (h: string) => h.replace(/\.$/, '');

export function toNative(rc: RecordConfig): NcRecord {
  const n: NcRecord = { host: rc.name === '@' ? '' : rc.name, type: rc.type === 'ALIAS' ? 'ANAME' : rc.type, answer: rc.target, ttl: rc.ttl };
  if (HOST_TYPES.has(rc.type)) n.answer = bare(rc.target);
  if (rc.type === 'MX') n.priority = rc.mxpreference ?? 0;
  if (rc.type === 'SRV') { n.answer = `${rc.srvweight ?? 0} ${rc.srvport ?? 0} ${bare(rc.target)}`; n.priority = rc.srvpriority ?? 0; }
  return n;
}

export function fromNative(n: NcRecord, zone: string): RecordConfig {
  const type = n.type === 'ANAME' ? 'ALIAS' : n.type;
  const fqdn = bare(n.fqdn ?? (n.host ? `${n.host}.${zone}` : zone)).toLowerCase();
  const name = fqdn === zone ? '@' : fqdn.endsWith(`.${zone}`) ? fqdn.slice(0, -zone.length - 1) : fqdn;
  const rc: RecordConfig = { type, name, target: n.answer, ttl: n.ttl };
  if (HOST_TYPES.has(type)) rc.target = dotted(n.answer);
  if (type === 'MX') rc.mxpreference = n.priority ?? 0;
  if (type === 'SRV') {
    const [w, p, t] = n.answer.trim().split(/\s+/);
    Object.assign(rc, { srvpriority: n.priority ?? 0, srvweight: Number(w), srvport: Number(p), target: dotted(t ?? '.') });
  }
  return rc;
}

/** What matches a record read to the id Name.com gave it. */
export const recordKey = (rc: RecordConfig) => `${rc.name}\u0000${rc.type}\u0000${rdataText(rc)}`;
