// Dynamic update (RFC 2136): build UPDATE messages and send them, TSIG-signed. A change set is split into
// as few messages as fit (each message is applied atomically by the server); a group of operations
// (one change: its deletes and adds) never straddles two messages.
import { answerCodec, nameCodec, questionCodec, typeCode, type Answer } from './codec.js';
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

/** One record in the update section. dns-packet cannot write classes NONE/ANY, so the class is patched in. */
function encodeOp(u: UpdateOp): Buffer {
  if (u.op === 'deleteRRset') {
    const name = nameCodec.encode(u.name);
    const rest = Buffer.alloc(10);
    rest.writeUInt16BE(typeCode(u.type), 0);
    rest.writeUInt16BE(CLASS_ANY, 2);
    return Buffer.concat([name, rest]);
  }
  const rr = { ...u.rr, class: 'IN', ttl: u.op === 'delete' ? 0 : (u.rr as { ttl?: number }).ttl } as Answer;
  const raw = /^UNKNOWN_(\d+)$/.exec(rr.type);
  // Types dns-packet has no codec for travel as opaque rdata (a Buffer) under their numeric type.
  const buf = raw ? encodeOpaque(rr, Number(raw[1])) : answerCodec.encode(rr);
  if (u.op === 'delete') buf.writeUInt16BE(CLASS_NONE, nameCodec.encodingLength(rr.name) + 2);
  return buf;
}

function encodeOpaque(rr: Answer, code: number): Buffer {
  const data = (rr as { data: Buffer }).data;
  const fixed = Buffer.alloc(10);
  fixed.writeUInt16BE(code, 0);
  fixed.writeUInt16BE(1, 2);
  fixed.writeUInt32BE((rr as { ttl?: number }).ttl ?? 0, 4);
  fixed.writeUInt16BE(data.length, 8);
  return Buffer.concat([nameCodec.encode(rr.name), fixed, data]);
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
  const q = { name: zone.replace(/\.$/, ''), type: 'SOA', class: 'IN' } as const;
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
    const enc = g.map((u) => ({ bucket: u.op !== 'add' ? 'del' : u.early ? 'early' : 'add', buf: encodeOp(u) }));
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
