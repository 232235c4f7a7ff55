// IGNORE_EXTERNAL_DNS: keep the records Kubernetes external-dns manages. It marks each name it owns with a
// TXT record holding "heritage=external-dns,external-dns/owner=…", named either `<prefix><name>` (old
// format) or `<prefix><type>-<name>` (new format, e.g. "a-www"). Hand-written: no library knows this format.
import type { RecordConfig } from '../ir/types.js';

const MANAGED_TYPES = ['A', 'AAAA', 'CNAME', 'NS', 'MX', 'SRV', 'TXT', 'PTR', 'NAPTR', 'CAA'];
const TYPE_PREFIX = new RegExp(`^(${MANAGED_TYPES.join('|').toLowerCase()})-(.+)$`);

/** Existing records owned by external-dns: its TXT markers and the records they point at. */
export function externalDnsRecords(existing: RecordConfig[], prefix = ''): Set<RecordConfig> {
  const owned = new Map<string, Set<string> | 'any'>(); // label → types ('any' = old format: A/AAAA/CNAME)
  const out = new Set<RecordConfig>();
  for (const rc of existing) {
    if (rc.type !== 'TXT' || !rc.target.includes('heritage=external-dns')) continue;
    out.add(rc);
    let label = rc.name;
    const first = label.split('.')[0] ?? '';
    // The prefix applies to the first label only ("prefix-www.sub" for www.sub).
    if (prefix && first.startsWith(prefix)) label = label.slice(prefix.length);
    const m = TYPE_PREFIX.exec(label);
    if (m) {
      const name = m[2] === '' ? '@' : m[2]!;
      const cur = owned.get(name);
      if (cur !== 'any') owned.set(name, (cur ?? new Set()).add(m[1]!.toUpperCase()));
    } else {
      owned.set(label === '' ? '@' : label, 'any');
    }
  }
  if (owned.size === 0) return out;
  for (const rc of existing) {
    const types = owned.get(rc.name);
    if (!types) continue;
    if (types === 'any' ? ['A', 'AAAA', 'CNAME'].includes(rc.type) : types.has(rc.type)) out.add(rc);
  }
  return out;
}
