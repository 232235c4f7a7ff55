// Dynamic update (RFC 2136): build UPDATE messages and send them, TSIG-signed. A change set is split into
// as few messages as fit (each message is applied atomically by the server); a group of operations
// (one change: its deletes and adds) never straddles two messages.
import { nameCodec, questionCodec, rdataCodec, typeCode, type Answer } from './codec.js';
import { TcpSession, udpExchange, fmtServer, type ServerAddress } from './transport.js';
import type { TsigKey } from './tsig.js';
import { checkReply, newId, prepare } from './message.js';

const OPCODE_UPDATE = 5 << 11;
const CLASS_NONE = 254;
const CLASS_ANY = 255;
/** TCP messages are at most 65535 bytes; leave room for the TSIG record. */
export const MAX_UPDATE_BYTES = 65535 - 512;
/** Largest message sent over UDP in "udp" mode (the EDNS-less classic size); larger ones go over TCP. */
const MAX_UDP_BYTES = 512;

export type UpdateOp =
  /** `early`: placed before the message's deletes (apex NS: a server ignores deleting the last apex NS). */
  | { op: 'add'; rr: Answer; early?: boolean }
  /** Delete one record (class NONE, RFC 2136 §2.5.4). */
  | { op: 'delete'; rr: Answer }
  /** Delete every record of a name and type (class ANY, §2.5.2). */
  | { op: 'deleteRRset'; name: string; type: string }
  /** Prerequisite (§2.4): the RRset `name`/`type` is exactly `rrs` ("RRset exists (value dependent)",
   *  §2.4.2), or, with `rrs` empty, "RRset does not exist" (§2.4.3). A message carries one prerequisite per
   *  RRset: the first group of a message that names an RRset gives it (the RRset as it is before that
   *  group, which is how it is when the message starts); later ones in the same message are left out. */
  | { op: 'prereq'; name: string; type: string; rrs: Answer[] };

/** Key of an RRset for prerequisites: lower-case owner without the final dot, and the type code. */
export const rrsetKey = (name: string, type: string): string =>
  `${(name.endsWith('.') ? name.slice(0, -1) : name).toLowerCase()} ${type.startsWith('UNKNOWN_') ? type.slice(8) : typeCode(type)}`;

/** Room for a message's worth of records plus one more maximal record (owner ≤ 255, rdata ≤ 65535). */
const SCRATCH_BYTES = 3 * 65536;

/** Section of a message under construction: one 64 KB buffer, filled in place (no per-record allocation:
 *  at 10,000 records, small Buffers made the garbage collector the largest cost). */
class Section {
  readonly buf = Buffer.allocUnsafe(SCRATCH_BYTES);
  len = 0;
  count = 0;
  reset(): void { this.len = 0; this.count = 0; }
}

/** The zone an UPDATE is for, with its ".zone" suffix built once (not once per record). */
interface ZoneName {
  name: string;
  suffix: string;
}

/** Owner name at `off`, compressed against the zone name of the zone section (always at offset 12):
 *  most owners are inside the zone, which roughly halves message sizes for short labels. */
function writeOwner(name: string, zone: ZoneName, buf: Buffer, off: number): number {
  const n = name.endsWith('.') ? name.slice(0, -1).toLowerCase() : name.toLowerCase();
  const prefix = n === zone.name ? '' : n.endsWith(zone.suffix) ? n.slice(0, -zone.suffix.length) : undefined;
  if (prefix === undefined || prefix.includes('\\')) {
    nameCodec.encode(n, buf, off);
    return off + nameCodec.encodingLength(n);
  }
  if (prefix !== '') {
    // Write the labels in one go, then turn each "." into the length of the label before it (UTF-8 never
    // has a 0x2e byte inside a multi-byte character): no per-label strings.
    const end = off + 1 + buf.write(prefix, off + 1, 'utf8');
    let lenAt = off;
    for (let j = off + 1; j < end; j++) {
      if (buf[j] === 0x2e) { buf[lenAt] = j - lenAt - 1; lenAt = j; }
    }
    buf[lenAt] = end - lenAt - 1;
    off = end;
  }
  buf.writeUInt16BE(0xc00c, off);
  return off + 2;
}

/** One record of the update section (RFC 2136 §2.5) written at `off`; returns the end offset. Class IN
 *  adds, NONE deletes one record, ANY with empty rdata deletes an rrset. dns-packet cannot write NONE/ANY,
 *  so records are assembled here around its rdata codecs. Types it has no codec for ("UNKNOWN_<code>")
 *  carry their rdata as a Buffer. */
function writeOp(u: UpdateOp, zone: ZoneName, buf: Buffer, off: number): number {
  if (u.op === 'prereq') {
    if (u.rrs.length === 0) {
      off = writeOwner(u.name, zone, buf, off);
      buf.writeUInt16BE(u.type.startsWith('UNKNOWN_') ? Number(u.type.slice(8)) : typeCode(u.type), off);
      buf.writeUInt16BE(CLASS_NONE, off + 2);
      buf.writeUInt32BE(0, off + 4);
      buf.writeUInt16BE(0, off + 8);
      return off + 10;
    }
    // Value dependent: every record of the RRset, class IN, TTL 0 (§2.4.2).
    for (const rr of u.rrs) off = writeRecord(rr, 1, 0, zone, buf, off);
    return off;
  }
  if (u.op === 'deleteRRset') {
    off = writeOwner(u.name, zone, buf, off);
    buf.writeUInt16BE(typeCode(u.type), off);
    buf.writeUInt16BE(CLASS_ANY, off + 2);
    buf.writeUInt32BE(0, off + 4);
    buf.writeUInt16BE(0, off + 8);
    return off + 10;
  }
  const rr = u.rr as Answer & { ttl?: number };
  return writeRecord(rr, u.op === 'delete' ? CLASS_NONE : 1, u.op === 'delete' ? 0 : (rr.ttl ?? 0), zone, buf, off);
}

/** Owner, type, class, TTL and rdata of one record at `off`; returns the end offset. */
function writeRecord(a: Answer, cls: number, ttl: number, zone: ZoneName, buf: Buffer, off: number): number {
  const rr = a as Answer & { data: unknown };
  off = writeOwner(rr.name, zone, buf, off);
  const raw = rr.type.startsWith('UNKNOWN_') ? Number(rr.type.slice(8)) : 0;
  buf.writeUInt16BE(raw || typeCode(rr.type), off);
  buf.writeUInt16BE(cls, off + 2);
  buf.writeUInt32BE(ttl, off + 4);
  off += 8;
  if (raw) {
    const data = rr.data as Buffer;
    buf.writeUInt16BE(data.length, off);
    return off + 2 + data.copy(buf, off + 2);
  }
  const codec = rdataCodec(rr.type);
  codec.encode(rr.data, buf, off);
  return off + (codec.encode as unknown as { bytes: number }).bytes;
}

/** writeOp, or -1 when the record cannot be encoded at all (rdata over 65535 bytes: the codecs throw
 *  RangeError when writing the 16-bit length or past the buffer). */
function tryWrite(u: UpdateOp, zone: ZoneName, buf: Buffer, off: number): number {
  try {
    return writeOp(u, zone, buf, off);
  } catch (e) {
    if (e instanceof RangeError) return -1;
    throw e;
  }
}

/** The zone (for owner-name compression), its encoded zone section, and the bytes before the update
 *  section (header + zone section). */
function zoneHeader(zone: string): { zn: ZoneName; zoneSection: Buffer; fixed: number } {
  const zoneName = zone.replace(/\.$/, '').toLowerCase();
  const q = { name: zoneName, type: 'SOA', class: 'IN' } as const;
  // question.encode returns its input, not the buffer: allocate it here.
  const zoneSection = Buffer.alloc(questionCodec.encodingLength(q));
  questionCodec.encode(q, zoneSection, 0);
  return { zn: { name: zoneName, suffix: `.${zoneName}` }, zoneSection, fixed: 12 + zoneSection.length };
}

export interface PlannedUpdate {
  /** The unsigned UPDATE message (a fresh ID is set when sent). */
  wire: Buffer;
  /** Indexes of the groups it carries. */
  groups: number[];
}

/** Pack groups of operations into as few UPDATE messages as fit in `maxBytes`. Inside a message, deletes
 *  go first so a replacement (e.g. A → CNAME at one name) is never refused for a conflict; only `early`
 *  adds go before them. A generator: each message is encoded only when the sender asks for it, so
 *  sendUpdates encodes message k+1 while the server applies message k. */
export function* packUpdates(zone: string, groups: Iterable<UpdateOp[]>, maxBytes = MAX_UPDATE_BYTES,
  first: { prereqs?: UpdateOp[] } = {}): Generator<PlannedUpdate> {
  const { zn, zoneSection, fixed } = zoneHeader(zone);
  const pre = new Section(), early = new Section(), dels = new Section(), adds = new Section();
  const updates = [early, dels, adds];
  const scratch = Buffer.allocUnsafe(SCRATCH_BYTES);
  let idx: number[] = [];
  /** RRsets the current message already has a prerequisite for. */
  const guarded = new Set<string>();
  const used = () => fixed + pre.len + early.len + dels.len + adds.len;
  // The first message's own prerequisites (the SOA as read: nobody changed the zone since).
  const startMessage = () => {
    guarded.clear();
    if (first.prereqs?.length) {
      for (const u of first.prereqs) { pre.len = writeOp(u, zn, pre.buf, pre.len); pre.count += u.op === 'prereq' ? Math.max(1, u.rrs.length) : 1; }
      first = {};
    }
  };
  startMessage();
  const flush = (): PlannedUpdate => {
    const wire = Buffer.allocUnsafe(used());
    wire.fill(0, 0, 12);
    wire.writeUInt16BE(OPCODE_UPDATE, 2);
    wire.writeUInt16BE(1, 4);
    wire.writeUInt16BE(pre.count, 6);
    wire.writeUInt16BE(early.count + dels.count + adds.count, 8);
    zoneSection.copy(wire, 12);
    let off = fixed;
    off += pre.buf.copy(wire, off, 0, pre.len); pre.reset();
    for (const sec of updates) { off += sec.buf.copy(wire, off, 0, sec.len); sec.reset(); }
    const done = { wire, groups: idx };
    idx = [];
    startMessage();
    return done;
  };
  let i = -1;
  for (const g of groups) {
    i++;
    if (g.length === 1 && g[0]!.op !== 'prereq') {
      // One operation (most changes): encode it straight into its section, no scratch copy. The section
      // buffer has room for one more maximal record past any fill level below maxBytes.
      const u = g[0]!;
      const sec = u.op !== 'add' ? dels : u.early ? early : adds;
      const size = tryWrite(u, zn, sec.buf, sec.len) - sec.len;
      if (size < 0 || fixed + size > maxBytes) throw new UpdateTooLargeError(i, size);
      if (used() + size > maxBytes || pre.count + early.count + dels.count + adds.count + 1 > 0xffff) {
        sec.buf.copy(scratch, 0, sec.len, sec.len + size);
        yield flush();
        scratch.copy(sec.buf, 0, 0, size);
      }
      sec.len += size;
      sec.count++;
      idx.push(i);
      continue;
    }
    // Encode the group into scratch first: it goes into the message only if all of it fits.
    const ends: number[] = [];
    let end = 0;
    for (const u of g) {
      end = tryWrite(u, zn, scratch, end);
      if (end < 0 || fixed + end > maxBytes) throw new UpdateTooLargeError(i, end);
      ends.push(end);
    }
    const records = g.reduce((n, u) => n + (u.op === 'prereq' ? Math.max(1, u.rrs.length) : 1), 0);
    if (idx.length && (used() + end > maxBytes || pre.count + early.count + dels.count + adds.count + records > 0xffff)) yield flush();
    let start = 0;
    g.forEach((u, k) => {
      if (u.op === 'prereq') {
        const key = rrsetKey(u.name, u.type);
        if (!guarded.has(key)) {
          guarded.add(key);
          pre.len += scratch.copy(pre.buf, pre.len, start, ends[k]);
          pre.count += Math.max(1, u.rrs.length);
        }
        start = ends[k]!;
        return;
      }
      const sec = u.op !== 'add' ? dels : u.early ? early : adds;
      sec.len += scratch.copy(sec.buf, sec.len, start, ends[k]);
      sec.count++;
      start = ends[k]!;
    });
    idx.push(i);
  }
  if (idx.length) yield flush();
}

/** Every message at once (tests, benchmarks, and callers that want the count first). */
export const planUpdates = (zone: string, groups: Iterable<UpdateOp[]>, maxBytes = MAX_UPDATE_BYTES, first: { prereqs?: UpdateOp[] } = {}): PlannedUpdate[] =>
  [...packUpdates(zone, groups, maxBytes, first)];

/** Size of an UPDATE message carrying only this group (owner names compressed as they will be);
 *  Infinity when a record cannot be encoded at all. */
export function updateSize(zone: string, group: UpdateOp[]): number {
  const { zn, fixed } = zoneHeader(zone);
  const scratch = Buffer.allocUnsafe(SCRATCH_BYTES);
  let end = 0;
  for (const u of group) {
    end = tryWrite(u, zn, scratch, end);
    if (end < 0) return Infinity;
    if (end > 65535) break;
  }
  return fixed + end;
}

/** One change is larger than an UPDATE message can carry (a single message is the unit of atomicity). */
export class UpdateTooLargeError extends Error {
  readonly group: number;
  /** `bytes` < 0: a record too large to encode at all. */
  constructor(group: number, bytes: number) {
    super(`one change needs ${bytes < 0 || !Number.isFinite(bytes) ? 'more than 65535' : bytes} bytes, more than an UPDATE message can carry`);
    this.name = 'UpdateTooLargeError';
    this.group = group;
  }
}

export interface UpdateOptions {
  server: ServerAddress;
  zone: string;
  key?: TsigKey;
  mode?: 'tcp' | 'udp';
  timeoutMs?: number;
}

/**
 * Send messages in order over one TCP connection (or UDP for small ones in "udp" mode), one at a time:
 * message k+1 is sent only after the server accepted message k, so a failure stops the push with an
 * exact applied / not applied split. While the server applies message k, the next one is taken from
 * `plan` (packUpdates encodes it then), so encoding overlaps the server's work.
 * `onApplied` has been called for every message before a failure.
 */
export async function sendUpdates(opts: UpdateOptions, plan: Iterable<PlannedUpdate>, onApplied: (p: PlannedUpdate) => void = () => {}): Promise<void> {
  const zone = opts.zone.replace(/\.$/, '');
  const total = Array.isArray(plan) ? plan.length : undefined;
  const messages = plan[Symbol.iterator]();
  let session: TcpSession | undefined;
  try {
    let next = messages.next();
    for (let n = 1; !next.done; n++) {
      const p = next.value;
      const what = total === 1 ? `UPDATE of ${zone} at ${fmtServer(opts.server)}`
        : `UPDATE ${n}${total ? `/${total}` : ''} of ${zone} at ${fmtServer(opts.server)}`;
      const id = newId();
      const msg = Buffer.from(p.wire);
      msg.writeUInt16BE(id, 0);
      const { wire, verifier } = prepare(msg, opts.key);
      let reply: Promise<Buffer>;
      if (opts.mode === 'udp' && !opts.server.tls && wire.length <= MAX_UDP_BYTES) {
        reply = udpExchange(opts.server, wire, opts.timeoutMs);
      } else {
        session ??= await TcpSession.open(opts.server, opts.timeoutMs);
        session.send(wire);
        reply = session.next();
      }
      // Encode the next message now, while the server works on this one; an encoding error is thrown
      // only after this message's outcome is known, so onApplied stays exact.
      let encodeError: unknown;
      try { next = messages.next(); } catch (e) { encodeError = e; next = { done: true, value: undefined }; }
      checkReply(await reply, id, verifier, what);
      onApplied(p);
      if (encodeError) throw encodeError;
    }
  } finally {
    session?.close();
  }
}
