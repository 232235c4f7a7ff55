// Reading a zone file's bytes as text. Zone files are untrusted input: only a regular file is read (a FIFO or a
// device would block or never end), and only UTF-8 text is accepted, with the place of the first byte that is
// not (Buffer's decoder would turn it into U+FFFD, silently storing another character).
import { closeSync, constants, fstatSync, openSync, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { ZoneParseError } from '../errors.js';
import { readOpenSync } from '../_util/fs.js';

/** The text of zone-file bytes; a ZoneParseError at the first byte that is not UTF-8. */
export function decodeZoneText(bytes: Buffer, file: string): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  const at = firstNonUtf8(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < at; i = bytes.indexOf(10, i + 1)) { line++; lineStart = i + 1; }
  const column = bytes.toString('utf8', lineStart, at).length + 1;
  const b = bytes[at]!;
  throw new ZoneParseError(file, line, column, '', `not UTF-8 text (byte 0x${b.toString(16).padStart(2, '0')}): write such a byte as \\${String(b).padStart(3, '0')}`);
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (the bytes are known not
 *  to be UTF-8). Scanned by hand only on that error path; isUtf8 checks the whole file fast before. */
function firstNonUtf8(b: Buffer): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > b.length || !isUtf8(b.subarray(i, i + len))) return i;
    i += len;
  }
  return b.length;
}

/** A zone file opened for reading: a regular file, not followed if it is a symbolic link. */
export interface OpenZoneFile {
  fd: number;
  st: Stats;
}

/**
 * Opens `file` without waiting (O_NONBLOCK: a FIFO opens at once instead of blocking for a writer) and
 * without following a symbolic link as its last component (O_NOFOLLOW: the caller decides whether a link may
 * be followed). Throws the open error (ENOENT, ELOOP for a link...) or, for anything but a regular file, an
 * Error saying so.
 */
export function openZoneFile(file: string, followLink = false): OpenZoneFile {
  // Neither flag exists on Windows (undefined there): a FIFO cannot be a zone file, and links are followed.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (followLink ? 0 : constants.O_NOFOLLOW ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error(`${file} is not a regular file`);
    return { fd, st };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/** The text of an open zone file (closed after). */
export function readZoneFile(z: OpenZoneFile, file: string): string {
  try {
    return decodeZoneText(readOpenSync(z.fd, z.st.size), file);
  } finally {
    closeSync(z.fd);
  }
}
