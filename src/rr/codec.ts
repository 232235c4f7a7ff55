// Generic zone-file text codec driven by a descriptor's field list (hand-written types override it).
import type { RecordConfig } from '../ir/types.js';
import { RdataError } from './descriptor.js';
import type { RRField, RRType, RdataToken } from './descriptor.js';
import { quoteString, tokenString } from './quote.js';
import { canonicalSvcParams } from './svcb-wire.js';
import { parseTtl } from './ttl.js';

const MAX: Record<string, number> = { u8: 0xff, u16: 0xffff, u32: 0xffffffff };

export function parseUint(text: string, kind: 'u8' | 'u16' | 'u32', what: string): number {
  const n = Number(text);
  if (text === '' || !Number.isInteger(n) || n < 0 || n > MAX[kind]! || !/^[0-9]+$/.test(text)) {
    throw new RdataError(`${what}: expected an integer 0-${MAX[kind]}, got ${JSON.stringify(text)}`);
  }
  return n;
}

/** Completes a zone-file name: "@" is the origin, names without a final dot are relative to it. */
export function qualifyName(name: string, origin: string): string {
  if (name === '@') return origin === '' ? '.' : `${origin}.`;
  if (name.endsWith('.') && !name.endsWith('\\.')) return name;
  return origin === '' ? `${name}.` : `${name}.${origin}.`;
}

/**
 * Why a fully qualified name in zone-file text cannot be a DNS name, or undefined: an empty label ("a..b",
 * ".a"), a label over 63 octets, or more than 255 octets in all. `\DDD` and `\X` are one octet; other
 * characters count their UTF-8 bytes. "." (the root) is fine.
 */
export function nameTextProblem(fqdn: string): string | undefined {
  if (fqdn === '.') return undefined;
  let label = 0;
  let total = 1;
  for (let i = 0; i < fqdn.length; i++) {
    const c = fqdn.charCodeAt(i);
    if (c === 46 /* . */) {
      if (label === 0) return 'empty label (two dots in a row?)';
      total += label + 1;
      label = 0;
      continue;
    }
    // A raw control byte ends a name for BIND ("extra input text"); in text it is written \DDD.
    if (c < 0x20 || c === 0x7f) return `a control character (U+${c.toString(16).padStart(4, '0').toUpperCase()}; write it as \\${String(c).padStart(3, '0')})`;
    // A raw " would open a quoted string when the name is written back to a zone file; \034 is the way.
    if (c === 34) return 'a double quote (write it as \\034)';
    if (c === 92 /* \ */) {
      i += /^[0-9]{3}$/.test(fqdn.slice(i + 1, i + 4)) ? 3 : 1;
      label++;
    } else if (c < 0x80) label++;
    else if (c < 0x800) label += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { label += 4; i++; } else label += 3;
    if (label > 63) return 'label longer than 63 octets';
  }
  total += label > 0 ? label + 1 : 0;
  if (total > 255) return `name longer than 255 octets (${total})`;
  return undefined;
}

/** qualifyName, then nameTextProblem as an RdataError. */
export function parseName(text: string, origin: string, what: string): string {
  const fqdn = qualifyName(text, origin);
  const problem = nameTextProblem(fqdn);
  if (problem) throw new RdataError(`${what}: ${problem}: ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)}`);
  return fqdn;
}

function parseField(f: RRField, tok: RdataToken, origin: string): string | number {
  switch (f.kind) {
    case 'u8': case 'u16': case 'u32': return parseUint(tok.text, f.kind, f.name);
    case 'ttl': {
      const v = parseTtl(tok.text);
      if (v === undefined) throw new RdataError(`${f.name}: expected seconds or a duration like 1h30m, got ${JSON.stringify(tok.text)}`);
      return v;
    }
    case 'name':
      // A quoted token is a character-string, never a name (BIND refuses it too).
      if (tok.quoted) throw new RdataError(`${f.name}: a name cannot be a quoted string, got ${JSON.stringify(tok.text.slice(0, 80))}`);
      return parseName(tok.text, origin, f.name);
    case 'qstring': return tokenString(tok);
    // Written back as it is (formatFields): a word that a quoted token made empty, or gave a space, a quote,
    // ";" or a parenthesis, would be read back as other tokens (the fuzz suite found a CAA tag " ").
    case 'word':
      if (!/^[^\s"();]+$/.test(tok.text)) throw new RdataError(`${f.name}: expected one word, got ${JSON.stringify(tok.text.slice(0, 80))}`);
      return tok.text;
    default: return tok.text;
  }
}

/** Why a hex or base64 field's value (non-empty, blanks removed) is not what DNS servers read ("bad hex
 *  encoding"), or undefined. The zone-file parser and the config check (normalize's record rules) both ask. */
export function encodingProblem(kind: 'hex' | 'rest', name: string, v: string): string | undefined {
  if (kind === 'hex') return /^[0-9a-fA-F]+$/.test(v) && v.length % 2 === 0 ? undefined : `${name} must be an even number of hex digits`;
  return /^[A-Za-z0-9+/]+={0,2}$/.test(v) && v.length % 4 === 0 ? undefined : `${name} must be base64`;
}

export function parseFields(t: RRType, tokens: RdataToken[], origin: string): Partial<RecordConfig> {
  const out: Record<string, string | number> = {};
  const fields = t.fields;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f.kind === 'rest' || f.kind === 'hex' || f.kind === 'params') {
      out[f.ir] = tokens.slice(i).map((x) => x.text).join(f.kind === 'params' ? ' ' : '');
      if ((f.kind === 'rest' || f.kind === 'hex') && out[f.ir] === '') throw new RdataError(`${t.name}: missing ${f.name}`);
      const bad = f.kind === 'params' ? undefined : encodingProblem(f.kind, f.name, String(out[f.ir]));
      if (bad) throw new RdataError(`${t.name}: ${bad}`, i);
      if (!('target' in out)) out.target = '';
      return out as Partial<RecordConfig>;
    }
    const tok = tokens[i];
    if (!tok) throw new RdataError(`${t.name}: missing ${f.name} (expected ${fields.map((x) => x.name).join(' ')})`);
    try {
      out[f.ir] = parseField(f, tok, origin);
    } catch (err) {
      if (err instanceof RdataError && err.index === undefined) err.index = i;
      throw err;
    }
  }
  if (tokens.length > fields.length) {
    throw new RdataError(`${t.name}: unexpected ${JSON.stringify(tokens[fields.length]!.text)} after ${fields.map((x) => x.name).join(' ')}`, fields.length);
  }
  if (!('target' in out)) out.target = '';
  return out as Partial<RecordConfig>;
}

/** `canonical`: hex in lower case, for comparing (zone files keep the case the user wrote). */
export function formatFields(t: RRType, rc: RecordConfig, canonical = false): string {
  const rec = rc as unknown as Record<string, unknown>;
  let s = '';
  for (const f of t.fields) {
    const v = rec[f.ir];
    let text: string;
    switch (f.kind) {
      case 'u8': case 'u16': case 'u32': case 'ttl': text = String(v ?? 0); break;
      case 'qstring': text = quoteString(String(v ?? '')); break;
      case 'hex': text = canonical ? String(v ?? '').toLowerCase() : String(v ?? ''); break;
      default: text = String(v ?? '');
    }
    // SVCB/HTTPS without parameters: no trailing blank (servers such as PowerDNS reject it).
    if (f.kind === 'params' && text === '') continue;
    if (canonical && f.kind === 'params' && (t.name === 'SVCB' || t.name === 'HTTPS')) text = canonicalSvcParams(text);
    s = s === '' ? text : `${s} ${text}`;
  }
  return s;
}
