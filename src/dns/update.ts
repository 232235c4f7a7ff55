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
  | { op: 'deleteRRset'; name: string; type: string };

/** Section of a message under construction: one 64 KB buffer, filled in place (no per-record allocation:
 *  at 10,000 records, small Buffers made the garbage collector the largest cost). */
class Section {
  readonly buf = Buffer.allocUnsafe(2 * 65536);
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
  if (u.op === 'deleteRRset') {
    off = writeOwner(u.name, zone, buf, off);
    buf.writeUInt16BE(typeCode(u.type), off);
    buf.writeUInt16BE(CLASS_ANY, off + 2);
    buf.writeUInt32BE(0, off + 4);
    buf.writeUInt16BE(0, off + 8);
    return off + 10;
  }
  const rr = u.rr as Answer & { ttl?: number; data: unknown };
  off = writeOwner(rr.name, zone, buf, off);
  const raw = rr.type.startsWith('UNKNOWN_') ? Number(rr.type.slice(8)) : 0;
  buf.writeUInt16BE(raw || typeCode(rr.type), off);
  buf.writeUInt16BE(u.op === 'delete' ? CLASS_NONE : 1, off + 2);
  buf.writeUInt32BE(u.op === 'delete' ? 0 : (rr.ttl ?? 0), off + 4);
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

export interface PlannedUpdate {
  /** The unsigned UPDATE message (a fresh ID is set when sent). */
  wire: Buffer;
  /** Indexes of the groups it carries. */
  groups: number[];
}

/** Pack groups of operations into as few UPDATE messages as fit in `maxBytes`. Inside a message, deletes
 *  go first so a replacement (e.g. A → CNAME at one name) is never refused for a conflict; only `early`
 *  adds go before them. */
export function planUpdates(zone: string, groups: UpdateOp[][], maxBytes = MAX_UPDATE_BYTES): PlannedUpdate[] {
  const zoneName = zone.replace(/\.$/, '').toLowerCase();
  const zn: ZoneName = { name: zoneName, suffix: `.${zoneName}` };
  const q = { name: zoneName, type: 'SOA', class: 'IN' } as const;
  // question.encode returns its input, not the buffer: allocate it here.
  const zoneSection = Buffer.alloc(questionCodec.encodingLength(q));
  questionCodec.encode(q, zoneSection, 0);
  const early = new Section(), dels = new Section(), adds = new Section();
  const sections = [early, dels, adds];
  const scratch = Buffer.allocUnsafe(65535);
  const out: PlannedUpdate[] = [];
  let idx: number[] = [];
  const fixed = 12 + zoneSection.length;
  const used = () => fixed + early.len + dels.len + adds.len;
  const flush = (): void => {
    if (idx.length === 0) return;
    const wire = Buffer.allocUnsafe(used());
    wire.fill(0, 0, 12);
    wire.writeUInt16BE(OPCODE_UPDATE, 2);
    wire.writeUInt16BE(1, 4);
    wire.writeUInt16BE(early.count + dels.count + adds.count, 8);
    zoneSection.copy(wire, 12);
    let off = fixed;
    for (const sec of sections) { off += sec.buf.copy(wire, off, 0, sec.len); sec.reset(); }
    out.push({ wire, groups: idx });
    idx = [];
  };
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.length === 1) {
      // One operation (most changes): encode it straight into its section, no scratch copy. The section
      // buffer has room for one more maximal record past any fill level below maxBytes.
      const u = g[0]!;
      const sec = u.op !== 'add' ? dels : u.early ? early : adds;
      const size = writeOp(u, zn, sec.buf, sec.len) - sec.len;
      if (fixed + size > maxBytes) throw new Error(`one change needs ${size} bytes, more than an UPDATE message can carry`);
      if (used() + size > maxBytes || early.count + dels.count + adds.count + 1 > 0xffff) {
        sec.buf.copy(scratch, 0, sec.len, sec.len + size);
        flush();
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
    for (const u of g) { end = writeOp(u, zn, scratch, end); ends.push(end); }
    if (fixed + end > maxBytes) throw new Error(`one change needs ${end} bytes, more than an UPDATE message can carry`);
    if (used() + end > maxBytes || early.count + dels.count + adds.count + g.length > 0xffff) flush();
    let start = 0;
    g.forEach((u, k) => {
      const sec = u.op !== 'add' ? dels : u.early ? early : adds;
      sec.len += scratch.copy(sec.buf, sec.len, start, ends[k]);
      sec.count++;
      start = ends[k]!;
    });
    idx.push(i);
  }
  flush();
  return out;
}

export interface UpdateOptions {
  server: ServerAddress;
  zone: string;
  key?: TsigKey;
  mode?: 'tcp' | 'udp';
  timeoutMs?: number;
}

/**
 * Send planned messages in order over one TCP connection (or UDP for small ones in "udp" mode), waiting
 * for each reply. Stops at the first failure; `onApplied` has been called for every message before it.
 */
export async function sendUpdates(opts: UpdateOptions, plan: PlannedUpdate[], onApplied: (p: PlannedUpdate) => void = () => {}): Promise<void> {
  const zone = opts.zone.replace(/\.$/, '');
  let session: TcpSession | undefined;
  try {
    for (const [i, p] of plan.entries()) {
      const what = plan.length > 1 ? `UPDATE ${i + 1}/${plan.length} of ${zone} at ${fmtServer(opts.server)}` : `UPDATE of ${zone} at ${fmtServer(opts.server)}`;
      const id = newId();
      const msg = Buffer.from(p.wire);
      msg.writeUInt16BE(id, 0);
      const { wire, verifier } = prepare(msg, opts.key);
      let reply: Buffer;
      if (opts.mode === 'udp' && wire.length <= MAX_UDP_BYTES) {
        reply = await udpExchange(opts.server, wire, opts.timeoutMs);
      } else {
        session ??= await TcpSession.open(opts.server, opts.timeoutMs);
        session.send(wire);
        reply = await session.next();
      }
      checkReply(reply, id, verifier, what);
      onApplied(p);
    }
  } finally {
    session?.close();
  }
}
