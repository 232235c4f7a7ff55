// BIND's $GENERATE (not RFC 1035, but common in reverse zones):
//   $GENERATE start-stop[/step] lhs [ttl] [class] type rhs
// `$` in lhs/rhs is the iterator, `${offset[,width[,base]]}` formats it (base d, o, x, X; n/N = nibbles),
// `\$` is a literal dollar. Hand-written: a few lines of BIND-specific syntax.
import { ZoneParseError } from '../errors.js';
import type { Entry, Token } from './lexer.js';

const MAX_RECORDS = 65536;
// BIND 9 reads the range, step and offsets as C ints and refuses an iterator plus offset above INT_MAX, as
// miekg/dns does; within it every value is an exact integer, so `i += step` always advances.
const MAX_VALUE = 2 ** 31 - 1;
// No generated piece needs more: a name is at most 255 octets, a label 63, a TXT character-string 255.
const MAX_WIDTH = 255;
// A generated lhs or rhs is one name or one rdata field: at most 255 octets, 4 characters each as \DDD.
// All records are built before any is checked, so this with MAX_RECORDS is what bounds one line's expansion
// (2 fields × 1 KiB × 65,536 ≈ 128 Mi characters): capping widths alone, many `${0,255}` could ask for gigabytes.
const MAX_TOKEN = 1024;

interface Modifier {
  off: number;
  width: number;
  base: string;
  spec: string;
}
type Part = string | Modifier;

function fail(file: string, t: Token, reason: string): never {
  throw new ZoneParseError(file, t.line, t.col, t.text, reason);
}

/** One `${...}` checked once, before any record is generated. */
function modifier(spec: string, file: string, t: Token): Modifier {
  const bad = (why: string) => fail(file, t, `bad $GENERATE modifier \${${spec}}: ${why}`);
  const parts = spec.split(',');
  if (parts.length > 3) bad('at most offset,width,base');
  const [offS = '', widthS = '0', base = 'd'] = parts;
  // Plain digits only: Number() would also take "1e3", "0x10", "1.0" and "" (BIND and miekg/dns refuse them).
  if (!/^[+-]?\d+$/.test(offS)) bad('the offset must be a decimal integer');
  if (!/^\d+$/.test(widthS)) bad('the width must be decimal digits');
  const off = Number(offS);
  const width = Number(widthS);
  if (Math.abs(off) > MAX_VALUE) bad(`the offset must be within ±${MAX_VALUE}`);
  if (width > MAX_WIDTH) bad(`width ${widthS} is over ${MAX_WIDTH}`);
  if (!['d', 'o', 'x', 'X', 'n', 'N'].includes(base)) fail(file, t, `bad $GENERATE base "${base}" (d, o, x, X, n or N)`);
  return { off, width, base, spec };
}

/** The token split into literal text and modifiers, or undefined when it has no `$` to substitute. */
function compile(t: Token, file: string): Part[] | undefined {
  const s = t.text;
  if (!s.includes('$')) return undefined;
  const parts: Part[] = [];
  let lit = '';
  for (let k = 0; k < s.length; k++) {
    const c = s[k]!;
    if (c === '\\' && s[k + 1] === '$') {
      lit += '$';
      k++;
      continue;
    }
    if (c !== '$') {
      lit += c;
      continue;
    }
    if (lit) {
      parts.push(lit);
      lit = '';
    }
    if (s[k + 1] === '{') {
      const end = s.indexOf('}', k);
      if (end < 0) fail(file, t, 'unterminated ${...} in $GENERATE');
      parts.push(modifier(s.slice(k + 2, end), file, t));
      k = end;
    } else {
      parts.push({ off: 0, width: 0, base: 'd', spec: '0' });
    }
  }
  if (lit) parts.push(lit);
  return parts;
}

function nibbles(n: number, width: number, upper: boolean): string {
  let hex = n.toString(16);
  if (upper) hex = hex.toUpperCase();
  hex = hex.padStart(Math.max(width, 1), '0');
  return [...hex].reverse().join('.');
}

function format(v: number, m: Modifier): string {
  switch (m.base) {
    case 'o':
      return v.toString(8).padStart(m.width, '0');
    case 'x':
      return v.toString(16).padStart(m.width, '0');
    case 'X':
      return v.toString(16).toUpperCase().padStart(m.width, '0');
    case 'n':
      return nibbles(v, m.width, false);
    case 'N':
      return nibbles(v, m.width, true);
    default:
      return String(v).padStart(m.width, '0');
  }
}

function substitute(t: Token, parts: Part[] | undefined, i: number, file: string): Token {
  if (!parts) return t;
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') {
      out += p;
    } else {
      const v = i + p.off;
      if (v > MAX_VALUE) fail(file, t, `bad $GENERATE modifier \${${p.spec}}: ${i} + ${p.off} is over ${MAX_VALUE}`);
      out += format(v, p);
    }
    // Checked as it grows: a field of many modifiers stops at the first piece past the limit.
    if (out.length > MAX_TOKEN) fail(file, t, `$GENERATE: this field expands to more than ${MAX_TOKEN} characters`);
  }
  return { ...t, text: out };
}

/** The record entries a $GENERATE line stands for. */
export function expandGenerate(e: Entry, file: string): Entry[] {
  const [d, range, lhs, ...rest] = e.tokens;
  const m = range && /^(\d+)-(\d+)(?:\/(\d+))?$/.exec(range.text);
  if (!m) fail(file, range ?? { ...d!, text: '' }, '$GENERATE needs a range start-stop[/step]');
  const start = Number(m[1]);
  const stop = Number(m[2]);
  const step = Number(m[3] ?? 1);
  if (stop > MAX_VALUE || step > MAX_VALUE) fail(file, range, `$GENERATE range values must be at most ${MAX_VALUE}`);
  if (stop < start || step < 1) fail(file, range, '$GENERATE range must be start <= stop with step >= 1');
  if ((stop - start) / step >= MAX_RECORDS) fail(file, range, `$GENERATE range is larger than ${MAX_RECORDS} records`);
  if (!lhs || rest.length < 2) fail(file, d!, '$GENERATE needs lhs, type and rhs');
  const middle = rest.slice(0, -1);
  const rhs = rest[rest.length - 1]!;
  const lhsParts = compile(lhs, file);
  const rhsParts = compile(rhs, file);
  const out: Entry[] = [];
  for (let i = start; i <= stop; i += step) {
    out.push({
      tokens: [substitute(lhs, lhsParts, i, file), ...middle, substitute(rhs, rhsParts, i, file)],
      blankOwner: false,
      line: e.line,
    });
  }
  return out;
}
