// Generic zone-file text codec driven by a descriptor's field list (hand-written types override it).
import type { RecordConfig } from '../ir/types.js';
import { RdataError } from './descriptor.js';
import type { RRField, RRType, RdataToken } from './descriptor.js';
import { quoteString } from './quote.js';
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

function parseField(f: RRField, tok: RdataToken, origin: string): string | number {
  switch (f.kind) {
    case 'u8': case 'u16': case 'u32': return parseUint(tok.text, f.kind, f.name);
    case 'ttl': {
      const v = parseTtl(tok.text);
      if (v === undefined) throw new RdataError(`${f.name}: expected seconds or a duration like 1h30m, got ${JSON.stringify(tok.text)}`);
      return v;
    }
    case 'name': return qualifyName(tok.text, origin);
    default: return tok.text;
  }
}

export function parseFields(t: RRType, tokens: RdataToken[], origin: string): Partial<RecordConfig> {
  const out: Record<string, string | number> = {};
  const fields = t.fields;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f.kind === 'rest' || f.kind === 'hex' || f.kind === 'params') {
      out[f.ir] = tokens.slice(i).map((x) => x.text).join(f.kind === 'params' ? ' ' : '');
      if ((f.kind === 'rest' || f.kind === 'hex') && out[f.ir] === '') throw new RdataError(`${t.name}: missing ${f.name}`);
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
    s = s === '' ? text : `${s} ${text}`;
  }
  return s;
}
