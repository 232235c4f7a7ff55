// Zone-file lexer (RFC 1035 §5.1): splits text into entries (one per record or directive), handling
// comments, parentheses across lines and quoted strings. Hand-written single pass over the characters:
// no library parses master files, and per-token regexes would dominate the cost on large zones.
import { ZoneParseError } from '../errors.js';
import { unescapeString } from '../rr/quote.js';

export interface Token {
  text: string;
  quoted: boolean;
  line: number;
  col: number;
}

export interface Entry {
  tokens: Token[];
  /** The physical line began with whitespace: the owner is omitted and repeats the previous one. */
  blankOwner: boolean;
  line: number;
}

const SPACE = 32, TAB = 9, LF = 10, CR = 13, QUOTE = 34, SEMI = 59, OPEN = 40, CLOSE = 41, BACKSLASH = 92;

/** The closing quote of a quote inside a word, from `from` on; -1 when the line or the text ends first. */
function closingQuote(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return j;
    if (c === LF) return -1;
    if (c === BACKSLASH) {
      const e = text.charCodeAt(j + 1);
      if (e === LF || e === CR || Number.isNaN(e)) return -1;
      j++;
    }
  }
  return -1;
}

/** Every entry of the text, in order. */
export function lexZone(text: string, file: string): Entry[] {
  const entries: Entry[] = [];
  eachEntry(text, file, (e) => entries.push(e));
  return entries;
}

/** Hands each entry to `onEntry` as soon as it is complete, so a caller that turns it into a record keeps no
 *  tokens: a zone of a million records would otherwise hold some five million tokens at once (several
 *  hundred MB, all of them promoted by the garbage collector before they die). */
export function eachEntry(text: string, file: string, onEntry: (e: Entry) => void): void {
  const n = text.length;
  let line = 1, lineStart = 0, depth = 0, parenLine = 0, parenCol = 0;
  let cur: Entry | undefined;
  let atLineStart = true;
  let i = 0;
  const endEntry = () => {
    const done = cur;
    cur = undefined;
    if (done && done.tokens.length > 0) onEntry(done);
  };
  const push = (t: Token, blank: boolean) => {
    if (!cur) cur = { tokens: [], blankOwner: blank, line: t.line };
    cur.tokens.push(t);
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === LF) {
      line++; i++; lineStart = i; atLineStart = true;
      if (depth === 0) endEntry();
      continue;
    }
    if (c === SPACE || c === TAB || c === CR) { i++; continue; }
    const startOfLine = atLineStart;
    atLineStart = false;
    const blank = startOfLine && i > lineStart;
    if (c === SEMI) {
      while (i < n && text.charCodeAt(i) !== LF) i++;
      continue;
    }
    if (c === OPEN) {
      if (depth === 0) { parenLine = line; parenCol = i - lineStart + 1; }
      depth++; i++;
      if (!cur) cur = { tokens: [], blankOwner: blank, line };
      continue;
    }
    if (c === CLOSE) {
      if (depth === 0) throw new ZoneParseError(file, line, i - lineStart + 1, ')', 'unbalanced ")"');
      depth--; i++;
      continue;
    }
    const col = i - lineStart + 1;
    if (c === QUOTE) {
      const startLine = line;
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === QUOTE) break;
        if (d === BACKSLASH) j++;
        // Newlines inside quotes are allowed (as miekg/dns reads them); the writer escapes them as \010.
        if (text.charCodeAt(j) === LF) { line++; lineStart = j + 1; }
        j++;
      }
      if (j >= n) throw new ZoneParseError(file, startLine, col, text.slice(i, i + 20), 'unterminated quoted string');
      let unescaped: string;
      try {
        unescaped = unescapeString(text.slice(i + 1, j));
      } catch (e) {
        throw new ZoneParseError(file, startLine, col, text.slice(i, j + 1), (e as Error).message);
      }
      push({ text: unescaped, quoted: true, line: startLine, col }, blank);
      i = j + 1;
      continue;
    }
    // A word never reaches past the end of its line: neither an escape nor a quote inside it may swallow the
    // line break (the next record would silently become part of this one, and every line number after it
    // would be off by one).
    let j = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === SPACE || d === TAB || d === LF || d === CR || d === SEMI || d === OPEN || d === CLOSE) break;
      if (d === BACKSLASH) {
        const e = j + 1 < n ? text.charCodeAt(j + 1) : LF;
        if (e === LF || e === CR) throw new ZoneParseError(file, line, j - lineStart + 1, text.slice(i, j + 1), 'a backslash at the end of a line escapes nothing');
        j += 2;
        continue;
      }
      if (d === QUOTE) {
        // A quote inside a word (SVCB alpn="h2,h3") keeps what follows up to its closing quote in the word,
        // spaces included. Without one on the same line, it is an ordinary character, as BIND reads it.
        const close = closingQuote(text, j + 1);
        j = close < 0 ? j + 1 : close + 1;
        continue;
      }
      j++;
    }
    push({ text: text.slice(i, j), quoted: false, line, col }, blank);
    i = j;
  }
  if (depth > 0) throw new ZoneParseError(file, parenLine, parenCol, '(', 'unbalanced "(": no matching ")"');
  endEntry();
}
