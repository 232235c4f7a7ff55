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

/** Owner name, compressed against the zone name of the zone section (always at offset 12): most owners
 *  are inside the zone, so this roughly halves message sizes for short labels. */
function ownerName(name: string, zone: string): Buffer {
  const n = name.replace(/\.$/, '').toLowerCase();
  const prefix = n === zone ? '' : n.endsWith(`.${zone}`) ? n.slice(0, -zone.length - 1) : undefined;
  if (prefix === undefined || prefix.includes('\\')) return nameCodec.encode(n);
  const labels = prefix === '' ? [] : prefix.split('.');
  const parts = labels.map((l) => Buffer.from(l, 'utf8'));
  const out = Buffer.alloc(parts.reduce((k, p) => k + 1 + p.length, 0) + 2);
  let off = 0;
  for (const p of parts) { out[off++] = p.length; p.copy(out, off); off += p.length; }
  out.writeUInt16BE(0xc00c, off);
  return out;
}

/** One record in the update section (RFC 2136 §2.5): class IN to add, NONE to delete one record, ANY
 *  with empty rdata to delete an rrset. dns-packet cannot write NONE/ANY, so records are assembled here
 *  from its rdata codecs. Types it has no codec for ("UNKNOWN_<code>") carry their rdata as a Buffer. */
function encodeOp(u: UpdateOp, zone: string): Buffer {
  const name = u.op === 'deleteRRset' ? u.name : u.rr.name;
  const fixed = Buffer.alloc(8);
  let rdata: Buffer;
  if (u.op === 'deleteRRset') {
    fixed.writeUInt16BE(typeCode(u.type), 0);
    fixed.writeUInt16BE(CLASS_ANY, 2);
    rdata = Buffer.from([0, 0]);
  } else {
    const rr = u.rr as Answer & { ttl?: number; data: unknown };
    const raw = /^UNKNOWN_(\d+)$/.exec(rr.type);
    fixed.writeUInt16BE(raw ? Number(raw[1]) : typeCode(rr.type), 0);
    fixed.writeUInt16BE(u.op === 'delete' ? CLASS_NONE : 1, 2);
    fixed.writeUInt32BE(u.op === 'delete' ? 0 : (rr.ttl ?? 0), 4);
    if (raw) {
      const data = rr.data as Buffer;
      rdata = Buffer.alloc(2 + data.length);
      rdata.writeUInt16BE(data.length, 0);
      data.copy(rdata, 2);
    } else {
      rdata = rdataCodec(rr.type).encode(rr.data);
    }
  }
  return Buffer.concat([ownerName(name, zone), fixed, rdata]);
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
  const q = { name: zoneName, type: 'SOA', class: 'IN' } as const;
  // question.encode returns its input, not the buffer: allocate it here.
  const zoneSection = Buffer.alloc(questionCodec.encodingLength(q));
  questionCodec.encode(q, zoneSection, 0);
  const out: PlannedUpdate[] = [];
  let early: Buffer[] = [], dels: Buffer[] = [], adds: Buffer[] = [], idx: number[] = [], size = 12 + zoneSection.length;
  const flush = (): void => {
    if (idx.length === 0) return;
    const header = Buffer.alloc(12);
    header.writeUInt16BE(OPCODE_UPDATE, 2);
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(early.length + dels.length + adds.length, 8);
    out.push({ wire: Buffer.concat([header, zoneSection, ...early, ...dels, ...adds]), groups: idx });
    early = []; dels = []; adds = []; idx = []; size = 12 + zoneSection.length;
  };
  groups.forEach((g, i) => {
    const enc = g.map((u) => ({ bucket: u.op !== 'add' ? 'del' : u.early ? 'early' : 'add', buf: encodeOp(u, zoneName) }));
    const gsize = enc.reduce((n, e) => n + e.buf.length, 0);
    if (12 + zoneSection.length + gsize > maxBytes) throw new Error(`one change needs ${gsize} bytes, more than an UPDATE message can carry`);
    if (size + gsize > maxBytes || early.length + dels.length + adds.length + g.length > 0xffff) flush();
    for (const e of enc) (e.bucket === 'del' ? dels : e.bucket === 'early' ? early : adds).push(e.buf);
    idx.push(i);
    size += gsize;
  });
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
      const what = `UPDATE ${i + 1}/${plan.length} of ${zone} at ${fmtServer(opts.server)}`;
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
