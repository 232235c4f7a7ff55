// Where a file that should be UTF-8 text stops being so: the first byte that does not belong to a
// well-formed UTF-8 sequence, with its 1-based line and column, for an error that points at it instead of a
// silent U+FFFD. Shared by the readers of text files (creds.json, zone files).
import { isUtf8 } from 'node:buffer';

export interface NonUtf8Byte {
  /** Offset of the byte in the buffer. */
  offset: number;
  /** 1-based line (lines end at "\n"). */
  line: number;
  /** 1-based column, counted in characters (UTF-16 code units) of the decoded line before the byte. */
  column: number;
  /** The byte itself. */
  byte: number;
}

/** undefined when `bytes` is well-formed UTF-8 (checked fast, in native code); else its first bad byte. */
export function findNonUtf8(bytes: Buffer): NonUtf8Byte | undefined {
  if (isUtf8(bytes)) return undefined;
  const at = firstNonUtf8(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < at; i = bytes.indexOf(10, i + 1)) { line++; lineStart = i + 1; }
  const column = bytes.toString('utf8', lineStart, at).length + 1;
  return { offset: at, line, column, byte: bytes[at]! };
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (the bytes are known not
 *  to be UTF-8). Scanned by hand only on that error path. */
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

/** "0xff": a byte as the error messages show it. */
export const hexByte = (b: number): string => `0x${b.toString(16).padStart(2, '0')}`;
