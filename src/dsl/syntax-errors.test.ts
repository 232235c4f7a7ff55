// Syntax errors in plain words: the real messages of V8 (node:vm, as the sandbox compiles a config) and of
// sucrase (as TypeScript and ES-module configs are transpiled), each mapped to what the user has to fix.
import vm from 'node:vm';
import { transform } from 'sucrase';
import { describe, expect, it } from 'vitest';
import { deepNesting, explainSyntaxError, isStackOverflow, keywordOffsets, lineColumnOf, offsetOf, v8SyntaxPlace } from './syntax-errors.js';

/** What V8 says about `code`, explained: "line:column reason". */
function v8(code: string): string {
  try {
    new vm.Script(code, { filename: '/x/F.js' });
  } catch (e) {
    const err = e as Error;
    const x = explainSyntaxError(code, err.message, v8SyntaxPlace(err.stack ?? ''));
    return `${x.line}:${x.column} ${x.reason}`;
  }
  throw new Error('V8 accepted the code');
}

/** What sucrase says about `code` (as transpile.ts cleans its message), explained. */
function sucrase(code: string): string {
  try {
    transform(code, { transforms: ['typescript'], filePath: 'F.ts' });
  } catch (e) {
    const err = e as Error & { loc: { line: number; column: number } };
    const reason = err.message.replace(/^Error transforming [^:]*: /, '').replace(/\s*\(\d+:\d+\)\s*$/, '');
    const x = explainSyntaxError(code, reason, err.loc);
    return `${x.line}:${x.column} ${x.reason}`;
  }
  throw new Error('sucrase accepted the code');
}

const D_OPEN = 'the `(` of D( at line 2, column 2';

describe('V8 and sucrase messages in plain words, at the place to fix', () => {
  it.each<[string, string, string, string?]>([
    // name, code, V8's explanation, sucrase's (when it differs)
    ['unterminated string', 'var a = 1;\nD("example.com, REG,\n  A("@", "1.2.3.4"));\n', '2:3 unterminated string: the closing " is missing'],
    ['unterminated single-quoted string', "var a = 1;\nD('example.com', REG, A('@, \"1.2.3.4\"));\n", "2:25 unterminated string: the closing ' is missing"],
    ['unterminated template', 'var a = 1;\nvar b = `abc\nD("x");\n', '2:9 unterminated template string: the closing backtick (`) is missing'],
    ['unterminated comment', 'var a = 1; /* hello\nD("x");\n', '1:12 unterminated comment: `/*` without a closing `*/`'],
    ['unterminated regular expression', 'var x = /abc\n', '1:9 unterminated regular expression: the closing `/` is missing'],
    ['missing ) before ;', `var a = 1;\nD("example.com", REG,\n  A("@", "1.2.3.4")\n;\n`, `3:20 missing \`)\` to close ${D_OPEN}`],
    ['missing ) after the inner call closed', 'var a = 1;\nD("example.com", REG,\n  A("@", "1.2.3.4"\n);\n', `4:2 missing \`)\` to close ${D_OPEN}`],
    ['missing ) with more code after it', 'var a = 1;\nD("example.com", REG,\n  A("@", "1.2.3.4")\nD("x.com", REG);\n', `3:20 missing \`)\` to close ${D_OPEN} (or a \`,\` before the next line)`],
    ['missing , between arguments', 'D("example.com" REG);\n', '1:16 missing `,` between arguments'],
    ['missing , before a call', 'D("example.com", REG A("@", "1.2.3.4"));\n', '1:21 missing `,` between arguments'],
    ['missing , between array elements', 'var x = [1 "a"];\n', '1:11 missing `,` between array elements'],
    ['missing , between properties', 'var x = {a: 1 b: 2};\n', '1:14 missing `,` between properties'],
    ['missing ]', 'var a = [1, 2;\n', '1:14 missing `]` to close the `[` at line 1, column 9'],
    ['missing }', 'var a = {x: 1;\n', '1:14 missing `}` to close the `{` at line 1, column 9'],
    ['] missing before )', 'D("example.com", [REG);\n', '1:22 missing `]` to close the `[` at line 1, column 18 before this `)`', '1:22 missing `]` to close the `[` at line 1, column 18'],
    ['one ) too many', 'D("example.com", REG));\n', '1:22 unmatched `)`: nothing is open here'],
    ['one } too many', 'D("example.com", REG);\n}\n', '2:1 unmatched `}`: nothing is open here'],
    ['end of file inside a call', 'var a = 1;\nD("example.com", REG,\n  A("@", "1.2.3.4"),\n', `4:1 unexpected end of file: ${D_OPEN} is never closed`],
    ['end of file inside a function', 'function f() {\n  var a = 1;\n', '3:1 unexpected end of file: the `{` at line 1, column 14 is never closed'],
  ])('%s', (_name, code, fromV8, fromSucrase) => {
    expect(v8(code)).toBe(fromV8);
    expect(sucrase(code)).toBe(fromSucrase ?? fromV8);
  });

  it.each<[string, string, string]>([
    ['a stray character', 'D("example.com", REG);\n#\n', '2:1 stray character `#`'],
    ['an invisible character', 'D("x",\u200b REG);\n', '1:7 stray character U+200B'],
    ['a typographic quote', 'D(“example.com”, REG);\n', '1:3 typographic quote “ in code: strings need straight quotes (" or \')'],
  ])('V8: %s', (_name, code, want) => {
    expect(v8(code)).toBe(want);
  });

  it('keeps a message it cannot improve', () => {
    expect(v8('var x = 1\nvar y = 2 z;\n')).toBe("2:11 Unexpected identifier 'z'");
    expect(explainSyntaxError('x', 'Some other parser message', { line: 1, column: 1 })).toEqual({ reason: 'Some other parser message', line: 1, column: 1 });
    expect(explainSyntaxError('x', 'Unexpected end of input', { line: 0, column: 1 }).reason).toBe('Unexpected end of input');
    expect(explainSyntaxError('x', 'Unexpected end of input', { line: 9, column: 1 }).reason).toBe('Unexpected end of input');
  });

  it('is not fooled by brackets in strings, templates, comments and regular expressions', () => {
    const code = 'var a = ")]}", b = `(${"["}`, c = /[)]\\//; // (\n/* [ */ D("x", REG A("@"));\n';
    expect(v8(code)).toBe('2:19 missing `,` between arguments');
  });

  it('reads V8\'s stack: the line, the caret column and the underlined span', () => {
    expect(v8SyntaxPlace('/x/F.js:3\n  A("@", "1.2.3.4")\n                  ^\n\nSyntaxError: missing ) after argument list')).toEqual({ line: 3, column: 19, span: 1, known: true });
    expect(v8SyntaxPlace('/x/F.js:1\nD("example.com" REG);\n  ^^^^^^^^^^^^^\n')).toEqual({ line: 1, column: 3, span: 13, known: true });
    expect(v8SyntaxPlace('/x/F.js:1\nD(“x”);\n  \n')).toEqual({ line: 1, column: 3, span: 0, known: true });
    expect(v8SyntaxPlace('/x/F.js:1\nvar a; /* x\n\nSyntaxError: Invalid or unexpected token')).toEqual({ line: 1, column: 1, span: 0, known: false });
    expect(v8SyntaxPlace('')).toEqual({ line: 0, column: 1, span: 0, known: false });
  });

  it('converts between offsets and line:column', () => {
    const text = 'ab\ncd\n';
    expect(offsetOf(text, 2, 2)).toBe(4);
    expect(offsetOf(text, 2, 99)).toBe(5);
    expect(offsetOf(text, 4, 1)).toBe(-1);
    expect(lineColumnOf(text, 4)).toEqual({ line: 2, column: 2 });
  });

  it('takes linear time on a large file', () => {
    const code = `D("x",\n${'  A("@", "1.2.3.4"),\n'.repeat(50_000)}  A("@" "1.2.3.4"));\n`;
    const t = Date.now();
    expect(v8(code)).toBe('50002:8 missing `,` between arguments');
    expect(sucrase(code)).toBe('50002:8 missing `,` between arguments');
    expect(Date.now() - t).toBeLessThan(10_000);
  });

  it('a column past V8\'s caret line (about 1,000 characters) is not guessed', () => {
    const code = `D("x", ${'A("@", "1.2.3.4"), '.repeat(2000)}A("@" "1.2.3.4"));\n`;
    expect(v8(code)).toBe('1:1 missing `)` after the arguments of a call');
    // sucrase gives the column: the same explanation as on a short line.
    expect(sucrase(code)).toBe(`1:${code.indexOf('A("@" "') + 6} missing \`,\` between arguments`);
  });
});

describe('deep nesting, for a parser that ran out of stack', () => {
  it('places the bracket that opens level 100 and says how deep brackets go', () => {
    const code = `var REG = 1;\nvar x = ${'['.repeat(2000)}${']'.repeat(2000)};\n`;
    // The case V8 fails on: a RangeError placed in node:vm (whose line 117 a config does not have).
    let err: unknown;
    try { new vm.Script(code, { filename: '/x/F.js' }); } catch (e) { err = e; }
    expect(isStackOverflow(err)).toBe(true);
    expect(deepNesting(code)).toEqual({ depth: 2000, line: 2, column: 9 + 99 });
  });

  it('counts every kind of bracket, and none in strings', () => {
    expect(deepNesting(`f(${'({['.repeat(40)}${']})'.repeat(40)})`)?.depth).toBe(121);
    expect(deepNesting(`var s = "${'['.repeat(500)}";`)).toBeUndefined();
    expect(deepNesting(`var x = ${'['.repeat(99)}${']'.repeat(99)};`)).toBeUndefined();
    expect(isStackOverflow(new Error('other'))).toBe(false);
    expect(isStackOverflow('Maximum call stack size exceeded')).toBe(false);
  });
});

describe('keywordOffsets', () => {
  it('finds a keyword in code only: not in strings, comments, regular expressions or as a property name', () => {
    const code = 'throw 1; "throw"; // throw\n/* throw */ x.throw(); ({ throw: 2 }); /throw/; f(function () { throw e; });';
    expect(keywordOffsets(code, 'throw')).toEqual([0, code.lastIndexOf('throw e')]);
  });
});
