// DigitalOcean records ↔ IR. Names are relative ("@" apex); CNAME/MX/NS/SRV data come back without the
// dot and as "@" for the apex; CAA values are written with a trailing dot; TXT is one unquoted string.
import type { RecordConfig } from '../../ir/types.js';
import { labelToFQDN } from '../../_util/names.js';

export interface DoNative {
  id?: number;
  type: string;
  name: string;
  data: string;
  priority?: number | null;
  port?: number | null;
  weight?: number | null;
  flags?: number | null;
  tag?: string | null;
  ttl: number;
}

const HOST_TYPES = new Set(['CNAME', 'MX', 'NS', 'SRV']);

export function toNative(rc: RecordConfig, zone: string): DoNative {
  const n: DoNative = { type: rc.type, name: rc.name, data: rc.target, ttl: rc.ttl };
  if (HOST_TYPES.has(rc.type)) n.data = `${labelToFQDN(rc.target, zone)}.`;
  if (rc.type === 'MX') n.priority = rc.mxpreference ?? 0;
  if (rc.type === 'SRV') Object.assign(n, { priority: rc.srvpriority, weight: rc.srvweight, port: rc.srvport });
  if (rc.type === 'CAA') Object.assign(n, { data: `${rc.target}.`, flags: rc.caaflag ?? 0, tag: rc.caatag });
  return n;
}

export function fromNative(n: DoNative, zone: string): RecordConfig {
  const rc: RecordConfig = { type: n.type, name: n.name, target: n.data, ttl: n.ttl };
  if (HOST_TYPES.has(n.type)) rc.target = n.data === '@' ? `${zone}.` : `${n.data.replace(/\.$/, '')}.`;
  if (n.type === 'MX') rc.mxpreference = n.priority ?? 0;
  if (n.type === 'SRV') Object.assign(rc, { srvpriority: n.priority ?? 0, srvweight: n.weight ?? 0, srvport: n.port ?? 0 });
  if (n.type === 'CAA') Object.assign(rc, { caaflag: n.flags ?? 0, caatag: n.tag ?? '', target: n.data.replace(/\.$/, '') });
  return rc;
}

/** What identifies a live record when we need its id. */
export const nativeKey = (n: DoNative, zone: string): string => {
  const rc = fromNative(n, zone);
  return JSON.stringify([rc.type, rc.name, rc.target, rc.mxpreference, rc.srvpriority, rc.srvweight, rc.srvport, rc.caaflag, rc.caatag]);
};
export const recordKey = (rc: RecordConfig, zone: string): string => nativeKey(toNative(rc, zone), zone);
