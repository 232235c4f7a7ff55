// Vultr records ⇄ IR. Names are relative ("" for the apex). Hostname targets travel without the trailing
// dot and in Unicode (an IDN target is written as Unicode and read back to ASCII). MX and SRV priority are
// the separate `priority`; SRV data is "weight port target", CAA `flag tag "value"`, SSHFP `alg type fp`;
// TXT data is one quoted string (the segments joined; Vultr stores no inner double quote).
import type { RecordConfig } from '../../ir/types.js';
import { toASCII, toUnicode } from '../../_util/names.js';

export interface VultrRecord {
  id?: string;
  type: string;
  name: string;
  data: string;
  priority: number;
  ttl: number;
}

const HOST_TYPES = new Set(['CNAME', 'NS', 'MX', 'SRV']);
const out = (host: string) => toUnicode(host.replace(/\.$/, ''));
const back = (host: string) => `${toASCII(host.replace(/\.$/, ''))}.`;

export function toNative(rc: RecordConfig): VultrRecord {
  const n: VultrRecord = { type: rc.type, name: rc.name === '@' ? '' : rc.name, data: rc.target, priority: 0, ttl: rc.ttl };
  if (HOST_TYPES.has(rc.type)) n.data = out(rc.target);
  if (rc.type === 'MX') n.priority = rc.mxpreference ?? 0;
  if (rc.type === 'SRV') Object.assign(n, { priority: rc.srvpriority ?? 0, data: `${rc.srvweight ?? 0} ${rc.srvport ?? 0} ${out(rc.target) || '.'}` });
  if (rc.type === 'CAA') n.data = `${rc.caaflag ?? 0} ${rc.caatag} "${rc.target}"`;
  if (rc.type === 'SSHFP') n.data = `${rc.sshfpalgorithm ?? 0} ${rc.sshfpfingerprint ?? 0} ${rc.target}`;
  if (rc.type === 'TXT') n.data = `"${rc.target}"`;
  return n;
}

export function fromNative(n: VultrRecord): RecordConfig {
  const rc: RecordConfig = { type: n.type, name: n.name === '' ? '@' : n.name, target: n.data, ttl: n.ttl };
  const f = n.data.trim().split(/\s+/);
  if (n.type === 'CNAME' || n.type === 'NS') rc.target = back(n.data);
  if (n.type === 'MX') Object.assign(rc, { mxpreference: n.priority, target: back(n.data) });
  if (n.type === 'SRV') Object.assign(rc, { srvpriority: n.priority, srvweight: Number(f[0]), srvport: Number(f[1]), target: f[2] === '.' ? '.' : back(f[2] ?? '') });
  if (n.type === 'SSHFP') Object.assign(rc, { sshfpalgorithm: Number(f[0]), sshfpfingerprint: Number(f[1]), target: f.slice(2).join('') });
  if (n.type === 'CAA') {
    const m = /^(\d+)\s+(\S+)\s+(.*)$/.exec(n.data.trim());
    if (!m) throw new Error(`Vultr returned a CAA record that cannot be read: ${JSON.stringify(n.data)}`);
    Object.assign(rc, { caaflag: Number(m[1]), caatag: m[2], target: m[3]!.replace(/^"(.*)"$/, '$1') });
  }
  if (n.type === 'TXT') {
    // Vultr always quotes TXT data; anything else means the API changed, and guessing could corrupt the value.
    if (!(n.data.length >= 2 && n.data.startsWith('"') && n.data.endsWith('"'))) throw new Error(`Vultr returned a TXT record without its quotes: ${JSON.stringify(n.data)}`);
    rc.target = n.data.slice(1, -1);
  }
  return rc;
}

/** What identifies a live record when we need its id. */
export const recordKey = (rc: RecordConfig): string => JSON.stringify(toNative({ ...rc, ttl: 0 }));
