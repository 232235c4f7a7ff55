// HTTPS/SVCB "ech=IGNORE" (DNSControl PR #3485): the ECH key is usually rotated by whoever runs the TLS
// server, not by the DNS config. A record whose params say `ech=IGNORE` keeps the ech value the zone has now
// for the record at the same name, type and priority (as DNSControl's SVCB hydration keys records by name and
// priority); when that record has no ech, or there is none (a new record), the record gets no ech at all.
// This runs on the desired records before the diff, so the changes and what a provider writes (a BIND zone
// file) carry the real value, never the text "IGNORE".
import type { RecordConfig } from '../ir/types.js';

const IGNORE = /(^|\s+)ech=IGNORE(?=\s|$)/;
const ECH = /(?:^|\s)ech=("(?:[^"\\]|\\.)*"|\S+)/i;

/** Whether a record asks for the zone's ech value. */
export const wantsExistingEch = (rc: RecordConfig): boolean =>
  (rc.type === 'HTTPS' || rc.type === 'SVCB') && rc.svcparams !== undefined && IGNORE.test(rc.svcparams);

/** The desired records with every `ech=IGNORE` replaced by the existing record's ech (or removed). Records
 *  without it are returned as they are; the list is the same array when none has it. */
export function keepExistingEch(desired: RecordConfig[], existing: RecordConfig[]): RecordConfig[] {
  if (!desired.some(wantsExistingEch)) return desired;
  const key = (rc: RecordConfig) => `${rc.name.toLowerCase()}\u0000${rc.type}\u0000${rc.svcpriority ?? 0}`;
  const echs = new Map<string, string>();
  for (const rc of existing) {
    if (rc.type !== 'HTTPS' && rc.type !== 'SVCB') continue;
    const v = ECH.exec(rc.svcparams ?? '')?.[1];
    if (v !== undefined && v !== '""' && !echs.has(key(rc))) echs.set(key(rc), v);
  }
  return desired.map((rc) => {
    if (!wantsExistingEch(rc)) return rc;
    const kept = echs.get(key(rc));
    const svcparams = rc.svcparams!.replace(IGNORE, (_m, sp: string) => (kept === undefined ? '' : `${sp}ech=${kept}`)).trim();
    // A copy that keeps a lazy `filepos` lazy (a spread would resolve it: src/providers/_core/adjust.ts).
    const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(rc)) as RecordConfig;
    copy.svcparams = svcparams;
    return copy;
  });
}
