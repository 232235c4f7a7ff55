// Small wire-format helpers that dns-packet does not expose: canonical names for TSIG digests, walking a
// message to the offset of its last record, and rcode names. Hand-written: dns-packet only works on
// whole decoded messages and has no notion of "bytes before the TSIG record".

export const RCODE_NAMES: Record<number, string> = {
  0: 'NOERROR', 1: 'FORMERR', 2: 'SERVFAIL', 3: 'NXDOMAIN', 4: 'NOTIMP', 5: 'REFUSED', 6: 'YXDOMAIN',
  7: 'YXRRSET', 8: 'NXRRSET', 9: 'NOTAUTH', 10: 'NOTZONE',
};
export const TSIG_ERROR_NAMES: Record<number, string> = { 16: 'BADSIG', 17: 'BADKEY', 18: 'BADTIME', 22: 'BADTRUNC' };

export function rcodeName(rcode: number): string {
  return RCODE_NAMES[rcode] ?? `RCODE${rcode}`;
}

/** Name in canonical wire form (lower case, uncompressed), as TSIG digests need it (RFC 8945 §4.3.3). */
export function canonicalName(name: string): Buffer {
  const labels = name.replace(/\.$/, '').toLowerCase().split('.').filter((l) => l !== '');
  const parts: Buffer[] = [];
  for (const l of labels) {
    const b = Buffer.from(l, 'ascii');
    parts.push(Buffer.from([b.length]), b);
  }
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}

/** Offset just after the (possibly compressed) name that starts at `off`. */
export function skipName(buf: Buffer, off: number): number {
  for (;;) {
    const len = buf[off];
    if (len === undefined) throw new Error('truncated name');
    if (len === 0) return off + 1;
    if ((len & 0xc0) === 0xc0) return off + 2;
    off += len + 1;
  }
}

/** Read an uncompressed or compressed name starting at `off` (for the TSIG algorithm field). */
export function readName(buf: Buffer, off: number): { name: string; end: number } {
  const labels: string[] = [];
  let end = -1;
  for (let guard = 0; guard < 128; guard++) {
    const len = buf[off];
    if (len === undefined) throw new Error('truncated name');
    if (len === 0) { if (end < 0) end = off + 1; return { name: labels.join('.'), end }; }
    if ((len & 0xc0) === 0xc0) {
      if (end < 0) end = off + 2;
      off = buf.readUInt16BE(off) & 0x3fff;
      continue;
    }
    labels.push(buf.toString('ascii', off + 1, off + 1 + len));
    off += len + 1;
  }
  throw new Error('name compression loop');
}

export interface Header {
  id: number;
  flags: number;
  rcode: number;
  qdcount: number;
  ancount: number;
  nscount: number;
  arcount: number;
}

export function readHeader(buf: Buffer): Header {
  if (buf.length < 12) throw new Error(`short DNS message (${buf.length} bytes)`);
  const flags = buf.readUInt16BE(2);
  return {
    id: buf.readUInt16BE(0), flags, rcode: flags & 0x0f,
    qdcount: buf.readUInt16BE(4), ancount: buf.readUInt16BE(6), nscount: buf.readUInt16BE(8), arcount: buf.readUInt16BE(10),
  };
}

/** Offset of the last resource record of the message (where a TSIG record must sit), or -1 if none. */
export function lastRecordOffset(buf: Buffer): number {
  const h = readHeader(buf);
  const total = h.ancount + h.nscount + h.arcount;
  if (total === 0) return -1;
  let off = 12;
  for (let i = 0; i < h.qdcount; i++) off = skipName(buf, off) + 4;
  for (let i = 0; i < total - 1; i++) {
    off = skipName(buf, off);
    off += 10 + buf.readUInt16BE(off + 8);
  }
  return off;
}
