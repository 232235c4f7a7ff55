// Syntax errors in plain words. V8 ("Invalid or unexpected token", "missing ) after argument list",
// "Unexpected end of input") and sucrase ("Unexpected token, expected \",\"") say what the parser saw, not
// what the user forgot. A light lexical scan of the file (strings, templates, comments, regular expressions and
// brackets; one linear pass, only when there is an error) tells an unterminated string from a stray
// character, a missing `,` from a missing `)`, and which bracket is still open. A message the scan cannot
// improve is kept as the parser wrote it.

/** A bracket still open at some point of the file. `kind` tells a call's or an array's brackets from an
 *  object literal's braces and a block's. */
interface Opener {
  ch: '(' | '[' | '{' | '${';
  offset: number;
  /** `{` of an object literal (where an expression is expected), not of a block. */
  object?: boolean;
}

type Mode = 'code' | 'string' | 'template' | 'block-comment' | 'line-comment' | 'regex';

interface Scan {
  /** Brackets open where the scan stopped, innermost last. */
  open: Opener[];
  /** The construct the scan stopped inside (code at the end of a complete file) and where it started. */
  mode: Mode;
  modeStart: number;
  /** The first string or regular expression that a line break cut off. */
  cut?: { mode: 'string' | 'regex'; offset: number };
  /** How deep brackets nest at most, and where the first bracket at DEEP levels opens (if any does). */
  maxDepth: number;
  deepAt?: number;
}

/** The nesting at which scan() notes where brackets start to nest deeply (nestedTooDeeply's "level 100"). */
const DEEP = 100;

const CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}', '${': '}' };
const isIdentChar = (c: string): boolean => {
  const n = c.charCodeAt(0);
  if (n < 128) return (n >= 48 && n <= 57) || (n >= 65 && n <= 90) || (n >= 97 && n <= 122) || n === 95 || n === 36;
  return /[\p{L}\p{N}\u200c\u200d]/u.test(c);
};
const isSpace = (c: string): boolean => {
  const n = c.charCodeAt(0);
  if (n < 128) return n === 32 || (n >= 9 && n <= 13);
  return /\s/.test(c);
};
/** Keywords after which `/` starts a regular expression and `{` an expression. */
const OPERATOR_WORDS = new Set(['return', 'typeof', 'case', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await']);

/** Scans `text` up to `stop` (exclusive). Linear in `stop`. `onWord` sees each word of code (a name or a
 *  keyword, not inside a string, comment or regular expression) and its offset. */
function scan(text: string, stop = text.length, onWord?: (word: string, offset: number) => void): Scan {
  const open: Opener[] = [];
  let maxDepth = 0;
  let deepAt: number | undefined;
  /** A bracket opens: on the stack, and counted for deepNesting. */
  const opened = (o: Opener) => {
    open.push(o);
    if (open.length > maxDepth) maxDepth = open.length;
    if (open.length === DEEP) deepAt ??= o.offset;
  };
  let mode: Mode = 'code';
  let modeStart = 0;
  let cut: Scan['cut'];
  let quote = '';
  /** What came last in code: a value (so `/` divides) or an operator (so `/` starts a regular expression). */
  let afterValue = false;
  /** The last significant character of code, and the word it ended, if any. */
  let last = '';
  let lastWord = '';
  let inClass = false;
  const end = Math.min(stop, text.length);
  for (let i = 0; i < end; i++) {
    const c = text[i]!;
    switch (mode) {
      case 'line-comment':
        if (c === '\n') mode = 'code';
        continue;
      case 'block-comment':
        if (c === '*' && text[i + 1] === '/') { mode = 'code'; i++; }
        continue;
      case 'string':
        if (c === '\\') i++;
        else if (c === quote) { mode = 'code'; afterValue = true; last = c; }
        else if (c === '\n') { cut ??= { mode: 'string', offset: modeStart }; mode = 'code'; afterValue = true; }
        continue;
      case 'regex':
        if (c === '\\') i++;
        else if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        else if (c === '/' && !inClass) { mode = 'code'; afterValue = true; last = c; }
        else if (c === '\n') { cut ??= { mode: 'regex', offset: modeStart }; mode = 'code'; afterValue = false; }
        continue;
      case 'template':
        if (c === '\\') i++;
        else if (c === '`') { mode = 'code'; afterValue = true; last = c; }
        else if (c === '$' && text[i + 1] === '{') {
          opened({ ch: '${', offset: i });
          mode = 'code'; afterValue = false; last = '{'; i++;
        }
        continue;
      default:
        break;
    }
    if (isSpace(c)) continue;
    if (c === '/' && text[i + 1] === '/') { mode = 'line-comment'; modeStart = i; i++; continue; }
    if (c === '/' && text[i + 1] === '*') { mode = 'block-comment'; modeStart = i; i++; continue; }
    if (c === '"' || c === "'") { mode = 'string'; quote = c; modeStart = i; continue; }
    if (c === '`') { mode = 'template'; modeStart = i; continue; }
    if (c === '/' && !afterValue) { mode = 'regex'; modeStart = i; inClass = false; continue; }
    if (isIdentChar(c)) {
      let j = i;
      while (j + 1 < end && isIdentChar(text[j + 1]!)) j++;
      lastWord = text.slice(i, j + 1);
      onWord?.(lastWord, i);
      afterValue = !OPERATOR_WORDS.has(lastWord);
      last = c;
      i = j;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      // A `{` where an expression is expected opens an object literal; after `)`, `=>`, a word or at the
      // start of a statement it opens a block.
      let object = false;
      if (c === '{' && isIdentChar(last)) object = OPERATOR_WORDS.has(lastWord);
      else if (c === '{' && last !== '' && '([,=:?!&|+-*%<>~^'.includes(last)) object = !(last === '>' && text[prevSignificant(text, i) - 1] === '=');
      opened(object ? { ch: c, offset: i, object } : { ch: c, offset: i });
      afterValue = false;
    } else if (c === ')' || c === ']' || c === '}') {
      const top = open[open.length - 1];
      if (top && CLOSE[top.ch] === c) {
        open.pop();
        if (top.ch === '${') { mode = 'template'; continue; }
      } else {
        // A closer that does not match: drop the brackets it skips over if one of them matches it.
        const at = open.findLastIndex((o) => CLOSE[o.ch] === c);
        if (at >= 0) open.length = at;
      }
      afterValue = c !== '}';
    } else {
      afterValue = false;
    }
    last = c;
    lastWord = '';
  }
  return { open, mode, modeStart, cut, maxDepth, deepAt };
}

/** Offset of the last non-space character before `i`. */
function prevSignificant(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isSpace(text[j]!)) j--;
  return j;
}

/** 1-based line:column → offset (clamped to the line's end); -1 when the line does not exist. */
export function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) return -1;
    start = nl + 1;
  }
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = text.length;
  return Math.min(start + Math.max(column - 1, 0), lineEnd);
}

/** Offset → 1-based line and column. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) { line++; lineStart = nl + 1; }
  return { line, column: offset - lineStart + 1 };
}

/** The offset of the next code after `i` (spaces and comments skipped). */
function nextSignificant(text: string, i: number): number {
  for (;;) {
    while (i < text.length && isSpace(text[i]!)) i++;
    if (text.startsWith('//', i)) { const nl = text.indexOf('\n', i); i = nl === -1 ? text.length : nl; continue; }
    if (text.startsWith('/*', i)) { const e = text.indexOf('*/', i + 2); if (e === -1) return text.length; i = e + 2; continue; }
    return i;
  }
}

/** The end of the code before `i` (where a missing `,` or `)` belongs). */
function endOfPrevious(text: string, i: number): number {
  return prevSignificant(text, i) + 1;
}

/** Whether the code at `i` can start an argument: a name, a number, a string, a template, `[`, `{` or `(`. */
function startsValue(text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && (isIdentChar(c) || c === '"' || c === "'" || c === '`' || c === '[' || c === '{' || c === '(');
}

/** `(` of a call is named by its callee: "the `(` of D(". */
function describeOpener(text: string, o: Opener): string {
  const { line, column } = lineColumnOf(text, o.offset);
  let what = `\`${o.ch}\``;
  if (o.ch === '(') {
    let j = prevSignificant(text, o.offset);
    const nameEnd = j + 1;
    while (j >= 0 && isIdentChar(text[j]!)) j--;
    const name = text.slice(j + 1, nameEnd);
    if (name && name.length <= 40 && !/^\d/.test(name) && !OPERATOR_WORDS.has(name) && !/^(if|for|while|switch|catch|function)$/.test(name)) what = `the \`(\` of ${name}(`;
    else what = 'the `(`';
  } else {
    what = `the ${what}`;
  }
  return `${what} at line ${line}, column ${column}`;
}

const LIST_OF: Record<Opener['ch'], string> = { '(': 'arguments', '[': 'array elements', '{': 'properties', '${': '' };

/** "missing `,` between arguments" (or elements/properties) for the innermost bracket. */
function missingComma(o: Opener | undefined): string {
  if (!o || (o.ch === '{' && !o.object) || o.ch === '${') return 'missing `,`';
  return `missing \`,\` between ${LIST_OF[o.ch]}`;
}

function missingCloser(text: string, o: Opener): string {
  return `missing \`${CLOSE[o.ch]}\` to close ${describeOpener(text, o)}`;
}

/** A character for a message: itself when printable ASCII, else its code point. */
function describeChar(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  return cp > 0x20 && cp < 0x7f && c !== '`' ? `\`${c}\`` : `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

const TYPOGRAPHIC_QUOTES = '‘’‚‛“”„‟«»′″';

export interface SyntaxPlace {
  line: number;
  column: number;
}

export interface ExplainedSyntaxError extends SyntaxPlace {
  /** The reason in plain words (the parser's own message when there is nothing plainer to say). */
  reason: string;
}

/** Where V8 put a SyntaxError in a vm script: the stack starts "file:LINE", then the source line, then a
 *  line of `^` under the offending token (absent or blank when V8 has no column, and on a line longer than
 *  about 1,000 characters). Linear in the stack. */
export function v8SyntaxPlace(stack: string): SyntaxPlace & { span: number; known: boolean } {
  const nl1 = stack.indexOf('\n');
  const first = nl1 === -1 ? stack : stack.slice(0, nl1);
  const m = /:(\d+)$/.exec(first.length > 4096 ? first.slice(-4096) : first);
  const nl2 = nl1 === -1 ? -1 : stack.indexOf('\n', nl1 + 1);
  const nl3 = nl2 === -1 ? -1 : stack.indexOf('\n', nl2 + 1);
  const caretLine = nl2 === -1 ? '' : stack.slice(nl2 + 1, nl3 === -1 ? stack.length : nl3);
  const caret = caretLine.indexOf('^');
  let span = 0;
  if (caret >= 0) while (caretLine[caret + span] === '^') span++;
  // A blank caret line: V8 marks a zero-width place (a character it cannot read as a token), but it also
  // stops writing the caret line after about 1,000 characters, so a longer blank line says nothing.
  const blank = caret < 0 && caretLine.length > 0 && caretLine.length < 1000 && caretLine.trim() === '';
  const column = caret >= 0 ? caret + 1 : blank ? caretLine.length + 1 : 1;
  return { line: m ? Number(m[1]) : 0, column, span, known: caret >= 0 || blank };
}

/**
 * A syntax error of `text` in plain words, and where to point. `message` is V8's or sucrase's; `at` where
 * the parser put it (1-based; `span`: how many characters V8 underlined; `known`: whether the column is V8's
 * own and not a guess).
 */
export function explainSyntaxError(text: string, message: string, at: SyntaxPlace & { span?: number; known?: boolean }): ExplainedSyntaxError {
  const keep: ExplainedSyntaxError = { reason: message, line: at.line, column: at.column };
  if (at.line < 1) return keep;
  const offset = offsetOf(text, at.line, at.column);
  if (offset < 0) return keep;
  const place = (o: number, reason: string): ExplainedSyntaxError => ({ reason, ...lineColumnOf(text, o) });
  const here = (reason: string): ExplainedSyntaxError => ({ ...keep, reason });
  const unterminated = (mode: Mode): string | undefined => ({
    string: 'unterminated string: the closing quote is missing',
    template: 'unterminated template string: the closing backtick (`) is missing',
    'block-comment': 'unterminated comment: `/*` without a closing `*/`',
    regex: 'unterminated regular expression: the closing `/` is missing',
    code: undefined,
    'line-comment': undefined,
  })[mode];
  /** An unterminated construct that starts at `o` (a string names its own quote). */
  const unclosed = (mode: Mode, o: number): ExplainedSyntaxError =>
    place(o, mode === 'string' && (text[o] === '"' || text[o] === "'") ? `unterminated string: the closing ${text[o]} is missing` : unterminated(mode)!);
  /** The unterminated construct the whole file ends in. */
  const atEnd = (): ExplainedSyntaxError | undefined => {
    const s = scan(text);
    return unterminated(s.mode) ? unclosed(s.mode, s.modeStart) : undefined;
  };
  const sucraseExpected = /^Unexpected token, expected "(.+)"$/.exec(message)?.[1];
  const v8Unexpected = /^Unexpected token '(.+)'$/.exec(message)?.[1];
  const sucraseAtEnd = message === 'Unexpected token' && nextSignificant(text, offset) >= text.length;
  /** A string cut off by a line break before the error: the parser went on past it (sucrase reads a
   *  string across lines), so the error it reports later is a consequence, not the cause. */
  const cutString = (): ExplainedSyntaxError | undefined => {
    const cut = scan(text, offset).cut;
    return cut?.mode === 'string' ? unclosed('string', cut.offset) : undefined;
  };

  if (message === 'Invalid or unexpected token') {
    const c = at.known === false ? undefined : text[offset];
    if (c === '"' || c === "'") return here(`unterminated string: the closing ${c} is missing`);
    if (c !== undefined && TYPOGRAPHIC_QUOTES.includes(c)) return here(`typographic quote ${c} in code: strings need straight quotes (" or ')`);
    // No column from V8: a comment or string that starts on this line and never ends.
    const lineEnd = offsetOf(text, at.line + 1, 1);
    const s = scan(text, lineEnd < 0 ? text.length : lineEnd);
    if (s.cut && lineColumnOf(text, s.cut.offset).line === at.line) return unclosed(s.cut.mode, s.cut.offset);
    if (c === undefined || isSpace(c)) return atEnd() ?? keep;
    return here(`stray character ${describeChar(String.fromCodePoint(text.codePointAt(offset)!))}`);
  }
  if (message === 'Unterminated string constant' || message === 'Unterminated template' || message === 'Unterminated template literal' ||
    message === 'Unterminated comment' || message === 'Unterminated regular expression' || message === 'Invalid regular expression: missing /') {
    const mode: Mode = message.includes('string') ? 'string' : message.includes('emplate') ? 'template' : message.includes('comment') ? 'block-comment' : 'regex';
    // sucrase points past the construct (an unterminated comment at the end of the file): find its start.
    const s = scan(text);
    if (s.cut?.mode === mode) return unclosed(mode, s.cut.offset);
    if (s.mode === mode) return unclosed(mode, s.modeStart);
    return here(unterminated(mode)!);
  }
  if (message === 'Unexpected end of input' || sucraseAtEnd) {
    const s = scan(text);
    if (unterminated(s.mode)) return unclosed(s.mode, s.modeStart);
    const o = s.open[s.open.length - 1];
    return here(o ? `unexpected end of file: ${describeOpener(text, o)} is never closed` : 'unexpected end of file');
  }
  if (message === 'missing ) after argument list' || sucraseExpected === ',' || sucraseExpected === ')' || sucraseExpected === ']' || sucraseExpected === '}') {
    const cut = cutString();
    if (cut) return cut;
    // V8 underlines the last argument; sucrase points at the token after it.
    const after = message.startsWith('missing') ? (at.span ? offset + at.span : -1) : endOfPrevious(text, offset);
    if (after < 0) return here('missing `)` after the arguments of a call');
    const next = nextSignificant(text, after);
    const s = scan(text, after);
    const o = s.open[s.open.length - 1];
    const insertAt = endOfPrevious(text, next);
    // A value right after the last one on the same line: a `,` between them is what is missing.
    const sameLine = text.slice(insertAt, next).indexOf('\n') === -1;
    if (startsValue(text, next) && (sameLine || !o)) return place(insertAt, missingComma(o));
    if (!o) return keep;
    const closer = missingCloser(text, o);
    return place(insertAt, startsValue(text, next) ? `${closer} (or a \`,\` before the next line)` : closer);
  }
  if (v8Unexpected !== undefined || message === 'Unexpected token' || sucraseExpected === ';') {
    const cut = cutString();
    if (cut) return cut;
    const tok = v8Unexpected ?? text[offset] ?? '';
    const s = scan(text, offset);
    const o = s.open[s.open.length - 1];
    if (tok === ')' || tok === ']' || tok === '}') {
      if (!o) return here(`unmatched \`${tok}\`: nothing is open here`);
      if (CLOSE[o.ch] !== tok) return place(endOfPrevious(text, offset), `${missingCloser(text, o)} before this \`${tok}\``);
      return keep;
    }
    if (tok === ';' && o && (o.ch === '(' || o.ch === '[' || o.object)) return place(endOfPrevious(text, offset), missingCloser(text, o));
    return keep;
  }
  const v8Value = /^Unexpected (identifier|string|number|template string)\b/.exec(message);
  if (v8Value) {
    const s = scan(text, offset);
    const o = s.open[s.open.length - 1];
    if (o && (o.ch === '(' || o.ch === '[' || o.object)) return place(endOfPrevious(text, offset), missingComma(o));
    return keep;
  }
  return keep;
}

/** V8's SyntaxError `e` for `code` compiled under the name `filename`, placed (v8SyntaxPlace) and put in plain
 *  words; undefined when V8 did not place it in that file (its stack does not start "filename:LINE"). Shared by
 *  the sandbox (check) and fmt, so both report a syntax error at the same place in the same words. */
export function explainV8SyntaxError(code: string, e: unknown, filename: string): ExplainedSyntaxError | undefined {
  const err = e as { message?: string; stack?: string };
  const stack = err.stack ?? '';
  const place = v8SyntaxPlace(stack);
  if (!stack.startsWith(`${filename}:`) || place.line < 1) return undefined;
  return explainSyntaxError(code, err.message ?? String(e), place);
}

/** Whether `e` is V8's "Maximum call stack size exceeded" (a parser or printer that recursed too deep). From
 *  any realm, so by message. */
export function isStackOverflow(e: unknown): boolean {
  return e !== null && typeof e === 'object' && (e as { message?: unknown }).message === 'Maximum call stack size exceeded';
}

/** A parser ran out of stack on `text`: where brackets nest deeply (the bracket that opens level 100) and
 *  how deep they go. Undefined when they nest less (something else is too deep, such as a very long `+` chain). */
export function deepNesting(text: string): SyntaxPlace & { depth: number } | undefined {
  const s = scan(text);
  if (s.deepAt === undefined) return undefined;
  return { depth: s.maxDepth, ...lineColumnOf(text, s.deepAt) };
}

/** The reason deepNesting's place is given, for `what` ("V8's parser", "the formatter"). */
export function deepNestingReason(depth: number, what: string): string {
  return `brackets are nested ${depth} levels deep (level ${DEEP} opens here), more than ${what} can take`;
}

/** Offsets of the keyword `word` in the code of `text`: not inside a string, comment or regular expression,
 *  and not a property name (`x.throw`, `{ throw: 1 }`). Linear. */
export function keywordOffsets(text: string, word: string): number[] {
  const out: number[] = [];
  scan(text, text.length, (w, at) => {
    if (w !== word) return;
    const before = prevSignificant(text, at);
    if (before >= 0 && text[before] === '.') return;
    if (text[nextSignificant(text, at + w.length)] === ':') return;
    out.push(at);
  });
  return out;
}
