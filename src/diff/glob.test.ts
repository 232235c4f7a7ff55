import { describe, expect, it } from 'vitest';
import { compileGlob, compileUnmanaged, matchesUnmanaged } from './glob.js';

describe('IGNORE globs (gobwas semantics, no separators)', () => {
  it.each<[string, string, boolean]>([
    ['', 'anything', true],
    ['*', '', true],
    ['*', 'a.b.c', true],
    ['*.c', 'a.b.c', true],
    ['_acme-challenge*', '_acme-challenge.www', true],
    ['www', 'www', true],
    ['www', 'WWW', false],
    ['www', 'www2', false],
    ['w?w', 'wxw', true],
    ['w?w', 'ww', false],
    ['[ab]x', 'bx', true],
    ['[!ab]x', 'cx', true],
    ['[!ab]x', 'ax', false],
    ['[a-c]x', 'cx', true],
    ['{www,mail}', 'mail', true],
    ['{www,mail}', 'ftp', false],
    ['*.acm-validations.aws.', 'x1.acm-validations.aws.', true],
    ['!x', '!x', true],
    ['+(a)', '+(a)', true],
  ])('%j matches %j: %s', (pattern, s, want) => {
    expect(compileGlob(pattern)(s)).toBe(want);
  });

  it.each<[string, string, boolean]>([
    ['*', 'MX', true],
    ['', 'MX', true],
    ['A, MX', 'MX', true],
    ['A,MX', 'TXT', false],
  ])('type pattern %j matches %s: %s', (types, type, want) => {
    const u = compileUnmanaged({ label_pattern: '*', rType_pattern: types, target_pattern: '' });
    expect(matchesUnmanaged(u, 'x', type, 'y')).toBe(want);
  });
});
