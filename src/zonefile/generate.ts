// BIND's $GENERATE (not RFC 1035, but common in reverse zones):
//   $GENERATE start-stop[/step] lhs [ttl] [class] type rhs
// `$` in lhs/rhs is the iterator, `${offset[,width[,base]]}` formats it (base d, o, x, X; n/N = nibbles),
// `\$` is a literal dollar. Hand-written: a few lines of BIND-specific syntax.
import { ZoneParseError } from '../errors.js';
import type { Entry, Token } from './lexer.js';

const MAX_RECORDS = 65536;

function nibbles(n: number, width: number, upper: boolean): string {
  let hex = n.toString(16);
  if (upper) hex = hex.toUpperCase();
  hex = hex.padStart(Math.max(width, 1), '0');
  return [...hex].reverse().join('.');
}

function formatIter(i: number, spec: string, file: string, t: Token): string {
  const [offS = '0', widthS = '0', base = 'd'] = spec.split(',');
  const off = Number(offS), width = Number(widthS);
  if (!Number.isInteger(off) || !Number.isInteger(width) || width < 0) {
    throw new ZoneParseError(file, t.line, t.col, t.text, `bad $GENERATE modifier \${${spec}}`);
  }
  const v = i + off;
  switch (base) {
    case 'd': return String(v).padStart(width, '0');
    case 'o': return v.toString(8).padStart(width, '0');
    case 'x': return v.toString(16).padStart(width, '0');
    case 'X': return v.toString(16).toUpperCase().padStart(width, '0');
    case 'n': return nibbles(v, width, false);
    case 'N': return nibbles(v, width, true);
    default: throw new ZoneParseError(file, t.line, t.col, t.text, `bad $GENERATE base "${base}" (d, o, x, X, n or N)`);
  }
}

function substitute(t: Token, i: number, file: string): Token {
  const s = t.text;
  if (!s.includes('$')) return t;
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const c = s[k]!;
    if (c === '\\' && s[k + 1] === '$') { out += '$'; k++; continue; }
    if (c !== '$') { out += c; continue; }
    if (s[k + 1] === '{') {
      const end = s.indexOf('}', k);
      if (end < 0) throw new ZoneParseError(file, t.line, t.col, t.text, 'unterminated ${...} in $GENERATE');
      out += formatIter(i, s.slice(k + 2, end), file, t);
      k = end;
    } else {
      out += String(i);
    }
  }
  return { ...t, text: out };
}

/** The record entries a $GENERATE line stands for. */
export function expandGenerate(e: Entry, file: string): Entry[] {
  const [d, range, lhs, ...rest] = e.tokens;
  const m = range && /^(\d+)-(\d+)(?:\/(\d+))?$/.exec(range.text);
  if (!m) throw new ZoneParseError(file, (range ?? d!).line, (range ?? d!).col, range?.text ?? '', '$GENERATE needs a range start-stop[/step]');
  const start = Number(m[1]), stop = Number(m[2]), step = Number(m[3] ?? 1);
  if (stop < start || step < 1) throw new ZoneParseError(file, range.line, range.col, range.text, '$GENERATE range must be start <= stop with step >= 1');
  if ((stop - start) / step >= MAX_RECORDS) throw new ZoneParseError(file, range.line, range.col, range.text, `$GENERATE range is larger than ${MAX_RECORDS} records`);
  if (!lhs || rest.length < 2) throw new ZoneParseError(file, d!.line, d!.col, d!.text, '$GENERATE needs lhs, type and rhs');
  const middle = rest.slice(0, -1), rhs = rest[rest.length - 1]!;
  const out: Entry[] = [];
  for (let i = start; i <= stop; i += step) {
    out.push({ tokens: [substitute(lhs, i, file), ...middle, substitute(rhs, i, file)], blankOwner: false, line: e.line });
  }
  return out;
}
