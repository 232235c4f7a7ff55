// Locating a config error from V8's stack text, in time linear in the text. V8 prefixes the stack of an
// error in a vm script with the offending source line and the message, so an unknown 1,000,000-character
// name puts two 1,000,000-character lines in the stack: a regex without a start anchor (`\(?([^()\s]+):(\d+):
// (\d+)\)?$`) retries from every position of such a line and takes minutes; a RegExp built from the name is
// "too large" and throws. These helpers scan instead of matching.
import type { SourcePos } from '../ir/types.js';
import { lineColumnOf, offsetOf } from './syntax-errors.js';

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

export { shortName } from '../_util/names.js';
