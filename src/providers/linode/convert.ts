// Linode domain records ⇄ IR. Names are relative ("" for the apex); an SRV is written by its `service` and
// `protocol` (name "") and read back named "_service._protocol"; CNAME/MX/NS/SRV targets travel as FQDNs
// without the dot (and are read as FQDNs), a null MX as ""; a CAA carries its tag apart (no flag); TXT is one unquoted string.
// TTLs are one of Linode's values: anything else is rounded up, as the API does.
import type { RecordConfig } from '../../ir/types.js';
import { labelToFQDN } from '../../_util/names.js';
import { rdataText } from '../../rr/text.js';

export interface LinodeRecord {
  id?: number;
  type: string;
  name: string;
  target: string;
  priority?: number | null;
  weight?: number | null;
  port?: number | null;
  service?: string | null;
  protocol?: string | null;
  tag?: string | null;
  ttl_sec: number;
}

/** The TTLs Linode stores (0 is the domain's default). */
export const TTLS = [0, 300, 3600, 7200, 14400, 28800, 57600, 86400, 172800, 345600, 604800, 1209600, 2419200];
/** A TTL as Linode stores it: rounded up to the next allowed value, at most four weeks. */
export const snapTtl = (ttl: number): number => TTLS.find((t) => t >= ttl) ?? TTLS[TTLS.length - 1]!;

const HOST_TYPES = new Set(['CNAME', 'MX', 'NS', 'SRV']);
export const SRV_LABEL = /^_([a-z0-9][a-z0-9-]*)\._([a-z0-9][a-z0-9-]*)$/i;

export function toNative(rc: RecordConfig, zone: string): LinodeRecord {
  const n: LinodeRecord = { type: rc.type, name: rc.name === '@' ? '' : rc.name, target: rc.target, ttl_sec: snapTtl(rc.ttl) };
  if (HOST_TYPES.has(rc.type)) n.target = rc.target === '.' ? '' : labelToFQDN(rc.target, zone);
  if (rc.type === 'MX') n.priority = rc.mxpreference ?? 0;
  if (rc.type === 'SRV') {
    const m = SRV_LABEL.exec(rc.name);
    Object.assign(n, { name: '', service: m?.[1] ?? '', protocol: m?.[2]?.toLowerCase() ?? '', priority: rc.srvpriority ?? 0, weight: rc.srvweight ?? 0, port: rc.srvport ?? 0 });
  }
  if (rc.type === 'CAA') n.tag = rc.caatag ?? '';
  return n;
}

export function fromNative(n: LinodeRecord): RecordConfig {
  const rc: RecordConfig = { type: n.type, name: n.name === '' ? '@' : n.name, target: n.target, ttl: n.ttl_sec };
  if (HOST_TYPES.has(n.type)) rc.target = n.target === '' ? '.' : `${n.target.replace(/\.$/, '')}.`;
  if (n.type === 'MX') rc.mxpreference = n.priority ?? 0;
  if (n.type === 'SRV') {
    if (n.service && n.protocol && !n.name.startsWith('_')) rc.name = `_${n.service.replace(/^_/, '')}._${n.protocol.replace(/^_/, '')}`;
    Object.assign(rc, { srvpriority: n.priority ?? 0, srvweight: n.weight ?? 0, srvport: n.port ?? 0 });
  }
  if (n.type === 'CAA') Object.assign(rc, { caaflag: 0, caatag: n.tag ?? '' });
  return rc;
}

/** What identifies a record apart from its TTL (to find its id, and the config's TTL for it). */
export const recordKey = (rc: RecordConfig): string => `${rc.name}\u0000${rc.type}\u0000${rdataText(rc)}`;
