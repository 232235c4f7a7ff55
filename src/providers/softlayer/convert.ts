// SoftLayer records ⇄ IR. `host` is relative ("@" for the apex); `type` is lower case on the wire; `data` is
// the address, the hostname (with its trailing dot, as DNSControl sends it; one without is read relative to
// the zone) or the TXT text as one string. MX keep their preference in mxPriority; SRV records keep the
// service and protocol ("_sip", "_tcp") apart from their host and priority/weight/port apart from data.
import type { RecordConfig } from '../../ir/types.js';
import { rdataText } from '../../rr/text.js';
import type { SlRecord } from './api.js';

const HOST_TYPES = new Set(['CNAME', 'NS', 'MX', 'SRV', 'PTR']);
/** SoftLayer keeps no TTL below a minute (DNSControl's verifyMinTTL raises lower ones). */
export const MIN_TTL = 60;
/** An SRV label SoftLayer can store: _service._protocol, nothing below or above. */
export const SRV_LABEL = /^(_[a-z0-9-]+)\.(_[a-z0-9]+)$/i;

export function toNative(rc: RecordConfig, domainId?: number): SlRecord {
  const n: SlRecord = { host: rc.name, data: rc.target, ttl: Math.max(rc.ttl, MIN_TTL), type: rc.type.toLowerCase() };
  if (domainId !== undefined) n.domainId = domainId;
  if (rc.type === 'MX') n.mxPriority = rc.mxpreference ?? 0;
  if (rc.type === 'SRV') {
    const m = SRV_LABEL.exec(rc.name);
    if (!m) throw new Error(`SoftLayer stores SRV records only at a "_service._protocol" label, not ${JSON.stringify(rc.name)}`);
    Object.assign(n, { service: m[1]!.slice(1), protocol: m[2]!.slice(1).toLowerCase(), priority: rc.srvpriority ?? 0, weight: rc.srvweight ?? 0, port: rc.srvport ?? 0 });
  }
  return n;
}

const fq = (data: string, zone: string) => (data === '.' || data.endsWith('.') ? data : data === '@' || data === '' ? `${zone}.` : `${data}.${zone}.`);
const under = (s: string) => (s.startsWith('_') ? s : `_${s}`);

/** The record in IR, or undefined for the SOA (managed by SoftLayer, skipped as DNSControl does). */
export function fromNative(n: SlRecord, zone: string): RecordConfig | undefined {
  if (typeof n?.type !== 'string' || typeof n.data !== 'string' || typeof n.host !== 'string') {
    throw new Error(`SoftLayer returned a record that cannot be read: ${JSON.stringify(n).slice(0, 200)}`);
  }
  // "spf" records hold TXT data: read as TXT.
  const type = n.type.toUpperCase() === 'SPF' ? 'TXT' : n.type.toUpperCase();
  if (type === 'SOA') return undefined;
  const rc: RecordConfig = { type, name: n.host.toLowerCase() || '@', target: n.data, ttl: Number(n.ttl) };
  if (HOST_TYPES.has(type)) rc.target = fq(n.data.toLowerCase(), zone);
  if (type === 'MX') rc.mxpreference = Number(n.mxPriority ?? 0);
  if (type === 'SRV') {
    rc.name = `${under(n.service ?? '')}.${under((n.protocol ?? 'tcp').toLowerCase())}`.toLowerCase();
    Object.assign(rc, { srvpriority: Number(n.priority ?? 0), srvweight: Number(n.weight ?? 0), srvport: Number(n.port ?? 0) });
  }
  return rc;
}

/** The fields of `want` that differ from the live record: what editObject sends. */
export function changedFields(live: SlRecord, want: SlRecord): Partial<SlRecord> {
  const out: Partial<SlRecord> = {};
  for (const k of ['host', 'data', 'ttl', 'mxPriority', 'priority', 'weight', 'port'] as const) {
    if (want[k] !== undefined && want[k] !== live[k]) (out as Record<string, unknown>)[k] = want[k];
  }
  return out;
}

/** What identifies a live record when we need its id: the IR record without its TTL. */
export const recordKey = (rc: RecordConfig): string => `${rc.name}\u0000${rc.type}\u0000${rdataText(rc)}`;
