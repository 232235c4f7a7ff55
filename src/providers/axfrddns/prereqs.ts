// RFC 2136 prerequisites that keep a concurrent writer's changes from being lost (docs/providers/axfrddns.md,
// "Concurrent pushes"):
// - the first UPDATE message of a push requires the SOA the AXFR read (value dependent, §2.4.2): any change
//   to the zone since the read (every applied UPDATE bumps the serial) fails it;
// - every message requires each RRset it deletes from or replaces to be exactly as this push expects it
//   (the AXFR's RRset with the push's earlier messages applied), or absent when it expects none. Messages
//   2..n cannot use the serial (each applied message changes it, to a value the server chooses), but what
//   they delete is still guarded; additions to RRsets nobody deletes from cannot lose anything.
// A failed prerequisite makes the server refuse that message as a whole (NXRRSET, YXRRSET, NXDOMAIN,
// YXDOMAIN): the push stops with "zone changed since it was read" and the exact applied / not applied split.
import type { Change } from '../../diff/change.js';
import { rdataCodec, type Answer } from '../../dns/codec.js';
import { rrsetKey, type UpdateOp } from '../../dns/update.js';
import { toAnswer } from './convert.js';

/** Rcodes of a failed prerequisite (RFC 2136 §3.2). */
export const PREREQ_RCODES = new Set(['NXDOMAIN', 'YXDOMAIN', 'YXRRSET', 'NXRRSET']);

/** The first message's prerequisite: the SOA as read (the AXFR's first record). */
export function soaPrereq(answers: Answer[] | undefined): UpdateOp[] {
  const soa = answers?.[0];
  return soa && soa.type === 'SOA' ? [{ op: 'prereq', name: soa.name, type: 'SOA', rrs: [soa] }] : [];
}

/** Rdata identity, as the server compares it (names case-insensitively, TTL not at all). */
function rdataKey(a: Answer): string {
  const data = (a as { data: unknown }).data;
  const bytes = a.type.startsWith('UNKNOWN_') ? (data as Buffer) : rdataCodec(a.type).encode(data);
  return bytes.toString('latin1').toLowerCase();
}

/**
 * Tracks, for every RRset the push deletes from, what it holds before each group of operations, and adds
 * the matching prerequisite to the group. Only RRsets with a deletion somewhere in the push are tracked,
 * so a push of additions (the common large case) costs nothing here.
 */
export class RRsetGuard {
  readonly #rrsets = new Map<string, Answer[]>();

  constructor(changes: Change[], answers: Answer[] | undefined, zone: string) {
    for (const c of changes) for (const rc of c.old) { const a = toAnswer(rc, zone); this.#rrsets.set(rrsetKey(a.name, a.type), []); }
    if (this.#rrsets.size === 0) return;
    for (const a of answers ?? []) this.#rrsets.get(rrsetKey(a.name, a.type))?.push(a);
  }

  /** The group with a prerequisite for each tracked RRset it touches (as it is before the group), then
   *  the group's effect applied to the tracked state. */
  guard(ops: UpdateOp[]): UpdateOp[] {
    if (this.#rrsets.size === 0) return ops;
    const pre: UpdateOp[] = [];
    const seen = new Set<string>();
    for (const u of ops) {
      if (u.op !== 'add' && u.op !== 'delete') continue;
      const key = rrsetKey(u.rr.name, u.rr.type);
      const cur = this.#rrsets.get(key);
      if (!cur || seen.has(key)) continue;
      seen.add(key);
      pre.push({ op: 'prereq', name: u.rr.name, type: u.rr.type, rrs: [...cur] });
    }
    for (const u of ops) {
      if (u.op !== 'add' && u.op !== 'delete') continue;
      const cur = this.#rrsets.get(rrsetKey(u.rr.name, u.rr.type));
      if (!cur) continue;
      const k = rdataKey(u.rr);
      const at = cur.findIndex((a) => rdataKey(a) === k);
      if (u.op === 'delete' && at >= 0) cur.splice(at, 1);
      if (u.op === 'add' && at < 0) cur.push(u.rr);
    }
    return pre.length ? [...pre, ...ops] : ops;
  }
}
