// netcup records ⇄ IR. `hostname` is relative ("@" at the apex); there is no per-record TTL (the zone's
// TTL applies). CNAME and MX destinations are written without the trailing dot and read back as FQDNs;
// MX's preference is `priority`; SRV, CAA and TLSA destinations are zone-file rdata ("prio weight port
// target.", `flag tag "value"`, "usage selector type data"); TXT is one plain string.
import type { RecordConfig } from '../../ir/types.js';
import { parseRdata, rdataText } from '../../rr/text.js';

export interface NetcupRecord {
  id?: string;
  hostname: string;
  type: string;
  priority?: string;
  destination: string;
  deleterecord?: boolean;
  state?: string;
}

const HOST_TYPES = new Set(['CNAME', 'MX', 'NS']);
const RDATA_TYPES = new Set(['SRV', 'CAA', 'TLSA']);

export function toNative(rc: RecordConfig): NetcupRecord {
  const n: NetcupRecord = { hostname: rc.name, type: rc.type, priority: '', destination: rc.target };
  if (HOST_TYPES.has(rc.type)) n.destination = rc.target.replace(/\.$/, '');
  if (rc.type === 'MX') n.priority = String(rc.mxpreference ?? 0);
  if (RDATA_TYPES.has(rc.type)) n.destination = rdataText(rc);
  return n;
}

export function fromNative(n: NetcupRecord, zone: string, ttl: number): RecordConfig {
  const name = n.hostname === '' ? '@' : n.hostname.toLowerCase();
  const rc: RecordConfig = { type: n.type, name, target: n.destination, ttl };
  if (HOST_TYPES.has(n.type)) {
    const d = n.destination.replace(/\.$/, '');
    rc.target = d === '@' || d === '' ? `${zone}.` : `${d}.`;
  }
  if (n.type === 'MX') rc.mxpreference = Number(n.priority || 0);
  if (RDATA_TYPES.has(n.type)) Object.assign(rc, parseRdata(n.type, n.destination, zone));
  return rc;
}

/** What matches a record read to the id netcup gave it. */
export const recordKey = (rc: RecordConfig) => `${rc.name}\u0000${rc.type}\u0000${rdataText(rc)}`;
