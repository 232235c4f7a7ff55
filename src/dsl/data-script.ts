// A config that is only data — DSL calls whose arguments are literals, lists, objects, other DSL calls and
// names declared with var/let/const — run without V8's compiler. V8 compiles a script's top-level code eagerly
// and whole before running any of it, at about 7 MB/s on the benchmark machine: 4.7 s for a 35 MB dnsconfig.js
// of a million records. This reader starts calling at once and reads about as fast as the calls run; evaluating
// that config (with normalising it) went from 6.8 s to 4.3 s. Large configs are mostly generated, and data.
//
// It is a fast path, never a second meaning of a config. It calls the very functions the config would call
// (the sandbox's globals), in the same order, with the same arguments, and the position tracker names the call
// running now as V8's stack would. Anything outside the small grammar below — a function, an operator, a
// member access, a name that is neither the DSL's nor declared here, an escape it does not know, a required
// file that is not data, an error thrown by a call — makes it give up (NotData) before or while running; the caller then discards everything
// it did and runs the whole file in V8, which also reports errors as usual. (Hand-written: a JavaScript parser
// from npm builds an AST of every call first, which for such a file costs more than V8's own compile.)
//
//   script     := (statement)*
//   statement  := ';' | ('var' | 'let' | 'const') NAME '=' value END | call END
//   END        := ';' | end of file | a line break before the next statement's first name
//   value      := string | number | '-' number | true | false | null | undefined | NAME | call | list | object
//   call       := NAME '(' (value (',' value)* ','?)? ')'
//   list       := '[' (value (',' value)* ','?)? ']'
//   object     := '{' (key ':' value (',' key ':' value)* ','?)? '}'     key: a name or a string, not __proto__

/** The file is not (all) data: run it in V8 instead. */
export class NotData extends Error {
  constructor(why: string) {
    super(`not a data-only config: ${why}`);
    this.name = 'NotData';
  }
}

export interface DataScope {
  /** The value of a name the config did not declare (a DSL global), or undefined when it may not be used. */
  global(name: string): { value: unknown } | undefined;
  /** Whether the context already has a global of this name (declaring it would change that global). */
  exists(name: string): boolean;
  /** Calls `fn` as a call at `offset` (of the callee's name) in the file would. */
  call(fn: (...args: unknown[]) => unknown, args: unknown[], offset: number): unknown;
}

/** Words that are not names a config can declare or read (keywords, and literals handled here). */
const RESERVED = new Set(('break case catch class const continue debugger default delete do else enum export extends false finally for ' +
  'function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
  'implements package protected interface private public await async of undefined NaN Infinity arguments eval globalThis').split(' '));

/** A number as JavaScript writes it in decimal (read from a number's first digit, sticky). */
const NUMBER_TEXT = /(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** Escapes JSON reads as JavaScript does (a double-quoted string with only these is read with JSON.parse). */
const JSON_ESCAPES = /^(?:[^\\\x00-\x1f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*$/;
/** V8 calls take at most this many arguments (more is a SyntaxError, which V8 reports). */
const MAX_ARGS = 65535;
/** Nesting beyond this is left to V8 (a deep list is legal there; recursing here could overflow). */
const MAX_DEPTH = 200;

/** Character classes by code below 128: what may start or continue a name, and punctuation read here. */
const NAME_START = 1, NAME_PART = 2, PUNCT_CHAR = 4;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_$]/.test(ch)) CLASS[c] = NAME_START | NAME_PART;
  else if (/[0-9]/.test(ch)) CLASS[c] = NAME_PART;
  else if ('-(),;=[]{}:'.includes(ch)) CLASS[c] = PUNCT_CHAR;
}

/** Token kinds. */
const END = 0, NAME = 1, STRING = 2, NUMBER = 3, PUNCT = 4;

/** Whether running `code` as data is worth a try: a quick look for what data never has, so that a config
 *  with functions goes straight to V8 instead of being read up to its first function. */
export function mayBeData(code: string): boolean {
  return !/\bfunction\b|=>|`|\r(?!\n)|[\u2028\u2029]/.test(code);
}

/** Runs `code` (the whole file) as data. Throws NotData when it is not; the caller then runs it in V8.
 *  `declared`: the names declared so far, shared by the files of one config (a required file's `var` is the
 *  requiring file's global, as in V8). */
export function runDataScript(code: string, scope: DataScope, declared = new Map<string, unknown>()): void {
  new Reader(code, scope, declared).script();
}

class Reader {
  private readonly code: string;
  private readonly scope: DataScope;
  private readonly declared: Map<string, unknown>;
  /** The current token: its kind, text (a string's value, a name, a punctuation mark), start, and whether a
   *  line break came before it. */
  private kind = END;
  private text = '';
  private start = 0;
  private newline = false;
  private pos = 0;
  private depth = 0;

  constructor(code: string, scope: DataScope, declared: Map<string, unknown>) {
    this.code = code;
    this.scope = scope;
    this.declared = declared;
    this.next();
  }

  script(): void {
    while (this.kind !== END) {
      if (this.isPunct(';')) {
        this.next();
        continue;
      }
      if (this.kind === NAME && (this.text === 'var' || this.text === 'let' || this.text === 'const')) this.declaration();
      else if (this.kind === NAME) this.callOnly();
      else this.fail('a statement that is not a call or a declaration');
      this.endStatement();
    }
  }

  private declaration(): void {
    this.next();
    const name = this.text;
    if (this.kind !== NAME || RESERVED.has(name) || this.declared.has(name) || Object.hasOwn(globalThis, name) || this.scope.exists(name)) {
      this.fail(`declaring ${name}`);
    }
    this.next();
    this.expect('=');
    this.declared.set(name, this.value());
  }

  /** A statement must be a call (a bare name or literal would be legal but is not what data configs hold). */
  private callOnly(): void {
    const at = this.start;
    const name = this.text;
    this.next();
    if (!this.isPunct('(')) this.fail('a statement that is not a call');
    this.call(name, at);
  }

  private endStatement(): void {
    if (this.isPunct(';')) this.next();
    else if (!(this.kind === END || (this.newline && this.kind === NAME))) this.fail('an expression that goes on');
  }

  private value(): unknown {
    const { kind, text } = this;
    if (kind === STRING) {
      this.next();
      return text;
    }
    if (kind === NUMBER) {
      this.next();
      return Number(text);
    }
    if (kind === NAME) {
      const at = this.start;
      this.next();
      if (this.isPunct('(')) return this.call(text, at);
      return this.read(text);
    }
    if (kind === PUNCT) {
      if (text === '[') return this.values(']', 'a list');
      if (text === '{') return this.object();
      if (text === '-') {
        this.next();
        if (this.kind !== NUMBER) this.fail('an operator');
        const n = -Number(this.text);
        this.next();
        return n;
      }
    }
    return this.fail(`"${text}"`);
  }

  private read(name: string): unknown {
    switch (name) {
      case 'true': return true;
      case 'false': return false;
      case 'null': return null;
      case 'undefined': return undefined;
    }
    if (this.declared.has(name)) return this.declared.get(name);
    const g = RESERVED.has(name) ? undefined : this.scope.global(name);
    if (!g) this.fail(`the name ${name}`);
    return g.value;
  }

  /** NAME(...) with the name read and "(" current; `at` is where the name starts (V8's call position). */
  private call(name: string, at: number): unknown {
    const fn = this.read(name);
    if (typeof fn !== 'function') this.fail(`${name} is not a function`);
    const args = this.values(')', 'an argument list');
    if (args.length > MAX_ARGS) this.fail('too many arguments');
    // A call's result may be called again (`f()()`) or read (`f().x`): not data.
    if (this.kind === PUNCT && (this.text === '(' || this.text === '[')) this.fail('a call on a result');
    return this.scope.call(fn as (...args: unknown[]) => unknown, args, at);
  }

  /** The values of a list or an argument list, from its opening mark (current) to `close` (read): separated by
   *  commas, a trailing comma allowed, no holes (a "," where a value goes is not a value). */
  private values(close: string, what: string): unknown[] {
    if (++this.depth > MAX_DEPTH) this.fail('deep nesting');
    this.next();
    const out: unknown[] = [];
    while (!this.isPunct(close)) {
      out.push(this.value());
      if (this.isPunct(',')) this.next();
      else if (!this.isPunct(close)) this.fail(`an expression in ${what}`);
    }
    this.next();
    this.depth--;
    return out;
  }

  private object(): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) this.fail('deep nesting');
    this.next();
    const out: Record<string, unknown> = {};
    while (!this.isPunct('}')) {
      if (this.kind !== NAME && this.kind !== STRING) this.fail('an object key');
      const key = this.text;
      // `__proto__: x` sets the prototype in a literal rather than a key.
      if (key === '__proto__') this.fail('__proto__');
      this.next();
      this.expect(':');
      out[key] = this.value();
      if (this.isPunct(',')) this.next();
      else if (!this.isPunct('}')) this.fail('an expression in an object');
    }
    this.next();
    this.depth--;
    return out;
  }

  private expect(p: string): void {
    if (!this.isPunct(p)) this.fail(`"${this.text}" where "${p}" goes`);
    this.next();
  }

  private isPunct(p: string): boolean {
    return this.kind === PUNCT && this.text === p;
  }

  private fail(why: string): never {
    throw new NotData(`${why} at offset ${this.start}`);
  }

  /**
   * Moves to the next token, skipping space and comments and noting line breaks among them. Scans character
   * codes rather than matching a regular expression per token: a match array per token made a million-record
   * file spend most of its time collecting garbage.
   */
  private next(): void {
    const code = this.code;
    const n = code.length;
    let i = this.pos;
    this.newline = false;
    for (;;) {
      if (i >= n) {
        this.kind = END;
        this.start = this.pos = i;
        return;
      }
      const c = code.charCodeAt(i);
      if (c === 10) {
        this.newline = true;
        i++;
      } else if (c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff) {
        i++;
      } else if (c === 13 && code.charCodeAt(i + 1) === 10) {
        this.newline = true;
        i += 2;
      } else if (c === 47 && code.charCodeAt(i + 1) === 47) { // "//": to the end of the line
        const eol = code.indexOf('\n', i);
        i = eol < 0 ? n : eol;
      } else if (c === 47 && code.charCodeAt(i + 1) === 42) { // "/*"
        const close = code.indexOf('*/', i + 2);
        if (close < 0) { this.start = i; this.fail('an unclosed comment'); }
        if (code.lastIndexOf('\n', close) > i) this.newline = true;
        i = close + 2;
      } else {
        break;
      }
    }
    this.start = i;
    const c = code.charCodeAt(i);
    const cls = c < 128 ? CLASS[c]! : 0;
    if (cls & NAME_START) {
      let j = i + 1;
      while (j < n) {
        const d = code.charCodeAt(j);
        if (d < 128 && CLASS[d]! & NAME_PART) j++;
        else break;
      }
      this.kind = NAME;
      this.text = code.slice(i, j);
      this.pos = j;
      this.notGlued();
    } else if (c === 34 || c === 39) { // a string: "…" or '…'
      let j = i + 1;
      let escaped = false;
      for (;; j++) {
        if (j >= n) this.fail('an unclosed string');
        const d = code.charCodeAt(j);
        if (d === c) break;
        if (d === 92) {
          escaped = true;
          j++;
          if (code.charCodeAt(j) === 10 || code.charCodeAt(j) === 13) this.fail('a line continuation');
        } else if (d === 10 || d === 13) {
          this.fail('an unclosed string');
        }
      }
      const body = code.slice(i + 1, j);
      if (escaped && (c === 39 || !JSON_ESCAPES.test(body))) this.fail('a string escape');
      this.kind = STRING;
      this.text = escaped ? (JSON.parse(`"${body}"`) as string) : body;
      this.pos = j + 1;
    } else if (c >= 48 && c <= 57) {
      NUMBER_TEXT.lastIndex = i;
      NUMBER_TEXT.test(code);
      this.kind = NUMBER;
      this.text = code.slice(i, NUMBER_TEXT.lastIndex);
      this.pos = NUMBER_TEXT.lastIndex;
      this.notGlued();
    } else if (cls & PUNCT_CHAR) {
      this.kind = PUNCT;
      this.text = code[i]!;
      this.pos = i + 1;
    } else {
      this.fail('a token it does not read');
    }
  }

  /** A name or number must not run on into what this reader does not read (`1n`, `0x1`, `1.`, `a\u0062`, `é`). */
  private notGlued(): void {
    const d = this.code.charCodeAt(this.pos);
    if (d >= 128 || d === 46 || d === 92 || (d < 128 && CLASS[d]! & NAME_PART)) this.fail('a name or number it does not read');
  }
}
