// Reading a zone file's bytes as text. Zone files are untrusted input: only a regular file is read (a FIFO or a
// device would block or never end), and only UTF-8 text is accepted, with the place of the first byte that is
// not (Buffer's decoder would turn it into U+FFFD, silently storing another character).
import { closeSync, constants, fstatSync, openSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ZoneParseError } from '../errors.js';
import { readOpenSync } from '../_util/fs.js';
import { findNonUtf8, hexByte } from '../_util/utf8.js';

/** The text of zone-file bytes; a ZoneParseError at the first byte that is not UTF-8. */
export function decodeZoneText(bytes: Buffer, file: string): string {
  const bad = findNonUtf8(bytes);
  if (!bad) return bytes.toString('utf8');
  throw new ZoneParseError(file, bad.line, bad.column, '', `not UTF-8 text (byte ${hexByte(bad.byte)}): write such a byte as \\${String(bad.byte).padStart(3, '0')}`);
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

/** `file` and `folder` resolved through symbolic links, and whether the file lies inside the folder (the
 *  check of a zone file that is a link, and of an $INCLUDE). */
export function resolveInFolder(file: string, folder: string): { real: string; root: string; inside: boolean } {
  const real = realpathSync(file);
  const root = realpathSync(folder);
  return { real, root, inside: real.startsWith(root.endsWith(path.sep) ? root : root + path.sep) };
}
