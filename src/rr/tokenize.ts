// Splits one record's rdata text into tokens: whitespace-separated words and "quoted strings" (escapes
// resolved). Hand-written: zone-file quoting rules are not those of any shell/CSV library.
import type { RdataToken } from './descriptor.js';
import { RdataError } from './descriptor.js';
import { unescapeString } from './quote.js';

export function tokenizeRdata(text: string): RdataToken[] {
  const out: RdataToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) { i++; continue; }
    if (c === 34) { // '"'
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (j >= n) throw new RdataError(`unterminated quoted string: ${text.slice(i)}`);
      out.push({ text: unescapeString(text.slice(i + 1, j)), quoted: true });
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 32 || d === 9 || d === 10 || d === 13) break;
      if (d === 34) { // a quote inside a word (SVCB alpn="h2,h3") stays part of it, verbatim
        j++;
        while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      }
      j += d === 92 ? 2 : 1; // backslash escapes the next character
    }
    out.push({ text: text.slice(i, Math.min(j, n)), quoted: false });
    i = j;
  }
  return out;
}
