// Locating a config error from V8's stack text, in time linear in the text. V8 prefixes the stack of an
// error in a vm script with the offending source line and the message, so an unknown 1,000,000-character
// name puts two 1,000,000-character lines in the stack: a regex without a start anchor (`\(?([^()\s]+):(\d+):
// (\d+)\)?$`) retries from every position of such a line and takes minutes; a RegExp built from the name is
// "too large" and throws. These helpers scan instead of matching.
import type { SourcePos } from '../ir/types.js';
import { keywordOffsets, lineColumnOf, offsetOf } from './syntax-errors.js';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** The characters `[^()\s]` excludes. */
const isFileBreak = (ch: string): boolean => ch === '(' || ch === ')' || /\s/.test(ch);

/**
 * A stack frame line ("    at fn (/path/file.js:12:5)" or "    at /path/file.js:12:5") → its file, line and
 * column; undefined when the line does not end in `file:line:col`. Same result as the regex above.
 */
export function frameLocation(text: string): SourcePos | undefined {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 41 /* ) */) end--;
  let i = end;
  while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
  if (i === end || text[i - 1] !== ':') return undefined;
  const column = Number(text.slice(i, end));
  const lineEnd = i - 1;
  let j = lineEnd;
  while (j > 0 && isDigit(text.charCodeAt(j - 1))) j--;
  if (j === lineEnd || text[j - 1] !== ':') return undefined;
  const line = Number(text.slice(j, lineEnd));
  const fileEnd = j - 1;
  let k = fileEnd;
  while (k > 0 && !isFileBreak(text[k - 1]!)) k--;
  if (k === fileEnd) return undefined;
  return { file: text.slice(k, fileEnd), line, column };
}

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 /* _ */ || c === 36 /* $ */;

/**
 * The first whole-word occurrence of the identifier `name` in `text` at or after line:column (1-based):
 * not preceded by a word character, `$` or `.` (so `x.name` is a property, not the unknown name) and not
 * followed by a word character or `$`. Linear: indexOf, no RegExp built from the name.
 */
export function findIdentifier(text: string, name: string, from: { line: number; column: number }): { line: number; column: number } | undefined {
  if (name === '') return undefined;
  const start = offsetOf(text, from.line, from.column);
  if (start === -1) return undefined;
  for (let at = text.indexOf(name, start); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = at === start ? 32 : text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + name.length);
    if (isWordChar(before) || before === 46 /* . */ || isWordChar(after)) continue;
    // Line and column of the hit only, counted once.
    return lineColumnOf(text, at);
  }
  return undefined;
}

/** A `throw` statement of a config file: where it is, and the value of its operand when that is a literal. */
export interface ThrowSite {
  line: number;
  column: number;
  literal?: { value: unknown };
}

/** The `throw` statements of `text` (code only: not in strings or comments). Linear. */
export function throwSites(text: string): ThrowSite[] {
  return keywordOffsets(text, 'throw').map((at) => {
    const literal = thrownLiteral(text, at + 'throw'.length);
    return { ...lineColumnOf(text, at), ...(literal && { literal }) };
  });
}

const STRING_LITERAL = /"((?:[^"\\\n]|\\[\s\S])*)"|'((?:[^'\\\n]|\\[\s\S])*)'|`([^`\\$]*)`/y;
const NUMBER_LITERAL = /-?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)(?![\w$])/y;
const WORD_LITERAL = /(true|false|null|undefined)(?![\w$])/y;
/** What may follow a literal that is a whole operand: the end of the statement. */
const STATEMENT_END = /[ \t]*(?:[;}\r\n]|\/\/|\/\*|$)/y;
const ESCAPE = /\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g;
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0', '\n': '', '\r\n': '', '\u2028': '', '\u2029': '' };

/** The value of the operand at `from` (just after `throw`) when it is a literal and the whole operand:
 *  a string without substitutions, a number, true, false, null or undefined. */
function thrownLiteral(text: string, from: number): { value: unknown } | undefined {
  let at = from;
  while (text[at] === ' ' || text[at] === '\t') at++;
  let value: unknown;
  let end: number;
  const take = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = at;
    return re.exec(text);
  };
  const str = take(STRING_LITERAL);
  const num = str ? null : take(NUMBER_LITERAL);
  const word = str || num ? null : take(WORD_LITERAL);
  if (str) {
    const raw = str[1] ?? str[2] ?? str[3] ?? '';
    value = raw.includes('\\') ? raw.replace(ESCAPE, (_, esc: string) => {
      if (esc[0] === 'u' || esc[0] === 'x') {
        const cp = parseInt(esc.replace(/^u\{?|^x|\}$/g, ''), 16);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      }
      return SIMPLE_ESCAPES[esc] ?? esc;
    }) : raw;
    end = at + str[0].length;
  } else if (num) {
    value = Number(num[0].startsWith('-') ? -Number(num[0].slice(1)) : num[0]);
    end = at + num[0].length;
  } else if (word) {
    value = { true: true, false: false, null: null, undefined }[word[1] as 'true' | 'false' | 'null' | 'undefined'];
    end = at + word[0].length;
  } else {
    return undefined;
  }
  STATEMENT_END.lastIndex = end;
  return STATEMENT_END.test(text) ? { value } : undefined;
}

/**
 * The `throw` that threw `value` (not an Error: V8 keeps no stack for it), among the throw statements of the
 * config's files: the one whose literal operand is the value, or else the only one whose operand is not a
 * literal. Undefined when that is not a single statement. `rejected`: the value rejected a promise, which a
 * `reject(value)` does too, so only a matching literal counts.
 */
export function pickThrow<T extends ThrowSite>(sites: T[], value: unknown, rejected = false): T | undefined {
  const same = (a: unknown, b: unknown) => a === b || Object.is(a, b);
  const matching = sites.filter((s) => s.literal && same(s.literal.value, value));
  if (matching.length === 1) return matching[0];
  if (matching.length > 1 || rejected) return undefined;
  const open = sites.filter((s) => !s.literal);
  return open.length === 1 ? open[0] : undefined;
}

export { shortName } from '../_util/names.js';
