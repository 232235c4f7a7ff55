import { describe, expect, it } from 'vitest';
import { findIdentifier, frameLocation, pickThrow, shortName, throwSites } from './error-location.js';

/** The regex sandbox.ts used: quadratic on long lines, kept here as the reference for short ones. */
const frameRegex = (line: string) => {
  const m = line.match(/\(?([^()\s]+):(\d+):(\d+)\)?$/);
  return m ? { file: m[1], line: Number(m[2]), column: Number(m[3]) } : undefined;
};

describe('frameLocation', () => {
  it.each([
    '    at /tmp/x/dnsconfig.js:12:5',
    '    at D (/tmp/x/dnsconfig.js:12:5)',
    '    at Script.runInContext (node:vm:149:12)',
    '    at /a:b/c.js:1:2:3',
    '    at new Promise (<anonymous>)',
    'ReferenceError: foo is not defined',
    '^',
    '',
    ':1:2',
    'x:1:',
    'x::2',
    '    at f (file with space.js:3:4)',
    'file.js:7:8)',
  ])('%j gives what the regex gave', (line) => {
    expect(frameLocation(line)).toEqual(frameRegex(line));
  });

  it('is linear on a 1,000,000-character line', () => {
    const t0 = performance.now();
    expect(frameLocation(`ReferenceError: ${'a'.repeat(1_000_000)} is not defined`)).toBeUndefined();
    expect(frameLocation(`    at ${'a'.repeat(1_000_000)}:1:2`)).toEqual({ file: 'a'.repeat(1_000_000), line: 1, column: 2 });
    // The regex takes minutes on these lines; the scan a few milliseconds.
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('findIdentifier', () => {
  const text = 'var x = 1;\nD("example.com", REG,\n  A("@", x.foo),\n  foo("bar"), $foo, foo_2, foo);\n';
  it.each([
    ['the first whole word from the position', { line: 2, column: 1 }, 'foo', { line: 4, column: 3 }],
    ['not a property (x.foo)', { line: 3, column: 1 }, 'foo', { line: 4, column: 3 }],
    ['after the column on the first line', { line: 4, column: 4 }, 'foo', { line: 4, column: 28 }],
    ['a $ name', { line: 1, column: 1 }, '$foo', { line: 4, column: 15 }],
    ['absent', { line: 1, column: 1 }, 'nothere', undefined],
    ['past the end', { line: 99, column: 1 }, 'foo', undefined],
  ])('%s', (_n, from, name, want) => {
    expect(findIdentifier(text, name, from)).toEqual(want);
  });

  it('takes any name literally (no RegExp is built from it)', () => {
    expect(findIdentifier('a(b) [x+y]\n', '[x+y]', { line: 1, column: 1 })).toEqual({ line: 1, column: 6 });
  });

  it('finds a 1,000,000-character name quickly', () => {
    const name = 'a'.repeat(1_000_000);
    const src = `var REG = NewRegistrar("none");\nD("example.com", REG,\n  A("@", ${name}));\n`;
    const t0 = performance.now();
    expect(findIdentifier(src, name, { line: 2, column: 1 })).toEqual({ line: 3, column: 10 });
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('shortName', () => {
  it('keeps short names and shortens long ones with their length', () => {
    expect(shortName('foo')).toBe('foo');
    expect(shortName('a'.repeat(1_000_000))).toBe(`${'a'.repeat(80)}… (1000000 characters)`);
  });
});

describe('throwSites and pickThrow: the throw of a value that is not an Error', () => {
  it('lists throw statements with the value of a literal operand', () => {
    const text = 'throw "a\\u0041\\n";\nif (x) throw \'b\'; throw 42\nthrow -1; throw undefined; throw null }\nthrow "c" + x;\nthrow `t`;\nvar s = "throw 1"; // throw 2\n';
    expect(throwSites(text)).toEqual([
      { line: 1, column: 1, literal: { value: 'aA\n' } },
      { line: 2, column: 8, literal: { value: 'b' } },
      { line: 2, column: 19, literal: { value: 42 } },
      { line: 3, column: 1, literal: { value: -1 } },
      { line: 3, column: 11, literal: { value: undefined } },
      { line: 3, column: 28, literal: { value: null } },
      { line: 4, column: 1 },
      { line: 5, column: 1, literal: { value: 't' } },
    ]);
  });

  it('picks the one literal that matches, else the only operand that is not a literal, else none', () => {
    const sites = throwSites('throw "a";\nthrow "b";\nthrow e;\n');
    expect(pickThrow(sites, 'b')).toMatchObject({ line: 2 });
    expect(pickThrow(sites, 'zzz')).toMatchObject({ line: 3 });
    expect(pickThrow(sites, {})).toMatchObject({ line: 3 });
    // A rejection may come from reject(value): only a literal that matches places it.
    expect(pickThrow(sites, 'zzz', true)).toBeUndefined();
    expect(pickThrow(sites, 'a', true)).toMatchObject({ line: 1 });
    expect(pickThrow(throwSites('throw "a";\nthrow "a";\n'), 'a')).toBeUndefined();
    expect(pickThrow(throwSites('throw e;\nthrow f;\n'), 'a')).toBeUndefined();
  });

  it('is linear on a large file', () => {
    const text = `${'A("@", "1.2.3.4"); // throw\n'.repeat(100_000)}throw "x";\n`;
    const t0 = performance.now();
    expect(pickThrow(throwSites(text), 'x')).toMatchObject({ line: 100_001, column: 1 });
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
