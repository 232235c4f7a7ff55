// Zone-file character-strings: quoting for output and unescaping of \" \\ \DDD for input.
import { isUtf8 } from 'node:buffer';
import { RdataError } from './descriptor.js';

/** `"text"` with `"` and `\` escaped, as DNSControl writes TXT/CAA/NAPTR strings; control characters
 *  (a newline read from a quoted string that spans lines) as \DDD, since BIND cannot read them raw. */
export function quoteString(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  return `"${s.replace(/["\\]/g, '\\$&').replace(CONTROL, (c) => `\\${String(c.charCodeAt(0)).padStart(3, '0')}`)}"`;
}

const NEEDS_ESCAPE = /["\\\x00-\x1f\x7f]/;
const CONTROL = /[\x00-\x1f\x7f]/g;

/** Resolves \X and \DDD escapes; \DDD are bytes, so runs of them are decoded as UTF-8. A \DDD above 255 is
 *  no byte, and a run that is no UTF-8 no text: both are refused (RdataError), where masking or replacing them
 *  would silently store other characters. */
export function unescapeString(s: string): string {
  if (!s.includes('\\')) return s;
  const bytes: number[] = [];
  let out = '';
  const flush = () => {
    if (!bytes.length) return;
    const b = Buffer.from(bytes);
    // The IR holds text: bytes that are no UTF-8 would be stored as U+FFFD, another character string.
    if (!isUtf8(b)) throw new RdataError(`${bytes.map((x) => `\\${String(x).padStart(3, '0')}`).join('')} is not UTF-8 text, which dnscode keeps character-strings as`);
    out += b.toString('utf8');
    bytes.length = 0;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\' || i + 1 >= s.length) { flush(); out += c; continue; }
    const d = s.slice(i + 1, i + 4);
    if (/^[0-9]{3}$/.test(d)) {
      if (Number(d) > 255) throw new RdataError(`\\${d} is not a byte: a \\DDD escape is a decimal number from 000 to 255`);
      bytes.push(Number(d));
      i += 3;
    } else {
      flush();
      out += s[i + 1];
      i += 1;
    }
  }
  flush();
  return out;
}

/** A character-string token's text: a quoted one lost its escapes in the tokenizer, an unquoted one keeps them
 *  until here ("\065bc" is "Abc" either way). */
export function tokenString(tok: { text: string; quoted: boolean }): string {
  return tok.quoted ? tok.text : unescapeString(tok.text);
}

/** Splits text into strings of at most 255 bytes (TXT's character-string limit), never inside a UTF-8 sequence. */
export function chunk255(s: string): string[] {
  if (s.length <= 255 && Buffer.byteLength(s) <= 255) return [s];
  const buf = Buffer.from(s, 'utf8');
  const out: string[] = [];
  let start = 0;
  while (start < buf.length) {
    let end = Math.min(start + 255, buf.length);
    // Back off continuation bytes (10xxxxxx) so a character is never split.
    while (end < buf.length && end > start && (buf[end]! & 0xc0) === 0x80) end--;
    out.push(buf.toString('utf8', start, end));
    start = end;
  }
  return out;
}

/** Largest rdata a DNS record can carry (RDLENGTH is 16 bits): BIND will not load a zone with more. */
export const MAX_RDATA = 65535;

/** TXT rdata on the wire: each string split into character-strings of at most 255 bytes, plus a length byte each. */
export function txtWireSize(strings: readonly string[]): number {
  let size = 0;
  for (const s of strings) {
    const bytes = Buffer.byteLength(s);
    size += bytes <= 255 ? 1 + bytes : bytes + chunk255(s).length;
  }
  return size;
}
