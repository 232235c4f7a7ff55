import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { parseJsonFast } from './json-fast.js';

const json5 = (text: string): { value: unknown } | undefined => {
  try {
    return { value: JSON5.parse(text) };
  } catch {
    return undefined;
  }
};

describe('parseJsonFast', () => {
  it.each([
    ['plain JSON', '{"a": {"TYPE": "BIND", "k": "x"}}'],
    ['line comments', '{\n  // c\n  "a": {"TYPE": "BIND"} // after\n}'],
    ['block comments', '{/* c */"a":/**/{"TYPE"/* "x": 1 */:"BIND"}}'],
    ['a comment ending with CR', '{"a": 1 // c\r}'],
    ['trailing commas', '{"a": {"TYPE": "BIND", "k": [1, 2,],}, }'],
    ['a trailing comma before a comment', '{"a": "x", // c\n /* d */ }'],
    ['comment markers inside strings', '{"a": "//not a comment", "b": "/* nor */", "c": "q\\"//", "d": "\\\\"}'],
    ['slashes in strings', '{"url": "https://example.com/x,}"}'],
  ])('%s: the value JSON5 gives', (_n, text) => {
    const got = parseJsonFast(text);
    expect(got).toBeDefined();
    expect(got).toEqual(json5(text));
  });

  it.each([
    ['JSON5 single quotes', "{'a': 'x'}"],
    ['JSON5 unquoted keys', '{a: "x"}'],
    ['a comment ended by U+2028 (JSON5 reads on after it)', '{"a": 1 // c\u2028, "b": 2}'],
    ['a lone comma', '{,}'],
    ['a comma after a colon', '{"a":,}'],
    ['two commas', '[1,,]'],
    ['a comma at the start', ',{}'],
    ['an unterminated block comment', '{"a": 1 /* }'],
    ['an unterminated string', '{"a": "x}'],
    ['a lone slash', '{"a": 1 / 2}'],
    ['a comment joining two numbers', '[1/**/2]'],
    ['a quote in a JSON5 single-quoted string', "['//\", \"x\"]\n]"],
  ])('%s: left to JSON5', (_n, text) => {
    expect(parseJsonFast(text)).toBeUndefined();
  });

  it('never accepts what JSON5 refuses, nor gives another value (random edits of JSONC)', () => {
    const base = '{\n  // c\n  "a": {"TYPE": "BIND", "k": "x/y", "n": [1, 2.5e3, true, null],},\n  /* d */ "b": {},\n}';
    const pieces = [',', '/', '*', '"', '{', '}', '[', ']', ':', ' ', '\n', "'", '\\', '1', 'a', '//', '/*', '*/', '\u2028'];
    let seed = 42;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    let fast = 0;
    for (let k = 0; k < 10000; k++) {
      let t = base;
      for (let e = 1 + rnd(3); e > 0; e--) {
        const at = rnd(t.length + 1);
        t = rnd(2) ? t.slice(0, at) + pieces[rnd(pieces.length)] + t.slice(at) : t.slice(0, at) + t.slice(at + 1);
      }
      const got = parseJsonFast(t);
      if (!got) continue;
      fast++;
      expect(json5(t), t).toEqual(got);
    }
    expect(fast).toBeGreaterThan(500);
  });
});
