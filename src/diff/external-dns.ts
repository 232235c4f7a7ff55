// IGNORE_EXTERNAL_DNS: keep the records Kubernetes external-dns manages. It marks each name it owns with a
// TXT record holding "heritage=external-dns,…". The marker's label is `[prefix]<type>-<name>` or
// `[prefix]<type>.<name>` (the type says which record it owns), or, in the legacy format, just `<name>`
// (any of the usual types). Hand-written: no library knows this format.
import type { RecordConfig } from '../ir/types.js';

const HERITAGE = 'heritage=external-dns';
/** Type markers external-dns puts in front of the name; "aaaa" before "a" so the longer one wins. */
const TYPE_MARKERS = ['aaaa', 'a', 'cname', 'ns', 'mx', 'srv', 'txt'];
const LEGACY_TYPES = ['A', 'AAAA', 'CNAME', 'NS', 'MX', 'SRV'];

/** label → owned types ('' = see LEGACY_TYPES) parsed from a marker's label. */
function ownedBy(label: string, prefix: string): { label: string; type: string } {
  let work = label;
  const stripped = prefix !== '' && work.toLowerCase().startsWith(prefix.toLowerCase());
  if (stripped) work = work.slice(prefix.length);
  const lower = work.toLowerCase();
  for (const t of TYPE_MARKERS) {
    for (const sep of ['.', '-']) {
      if (lower.startsWith(t + sep)) return { label: lower.slice(t.length + 1) || '@', type: t.toUpperCase() };
    }
  }
  if (stripped) {
    // "<prefix>a" at the apex (the period format leaves nothing after the type).
    if (TYPE_MARKERS.includes(lower)) return { label: '@', type: lower.toUpperCase() };
    return { label: work || '@', type: '' };
  }
  return { label, type: '' };
}

/** Existing records owned by external-dns, in input order: its TXT markers and the records they name. */
export function externalDnsRecords(existing: RecordConfig[], prefix = ''): Set<RecordConfig> {
  const managed = new Set<string>(); // "label:TYPE"
  for (const rc of existing) {
    if (rc.type !== 'TXT' || !(rc.txtstrings?.join('') ?? rc.target).includes(HERITAGE)) continue;
    managed.add(`${rc.name}:TXT`);
    const owned = ownedBy(rc.name, prefix);
    for (const t of owned.type ? [owned.type] : LEGACY_TYPES) managed.add(`${owned.label}:${t}`);
  }
  const out = new Set<RecordConfig>();
  if (managed.size === 0) return out;
  for (const rc of existing) if (managed.has(`${rc.name}:${rc.type}`)) out.add(rc);
  return out;
}
