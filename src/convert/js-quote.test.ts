import { describe, expect, it } from 'vitest';
import { jsQuote } from './js-quote.js';

describe('jsQuote (Go json.Marshal style)', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['<b>&</b>', '"\\u003cb\\u003e\\u0026\\u003c/b\\u003e"'],
    ['tab\tnl\n', '"tab\\tnl\\n"'],
    ['düsseldorf', '"düsseldorf"'],
    ['line\u2028sep', '"line\\u2028sep"'],
  ])('%j', (s, want) => {
    expect(jsQuote(s)).toBe(want);
    expect(JSON.parse(jsQuote(s))).toBe(s);
  });

  it('escapes every occurrence on repeated calls', () => {
    for (let i = 0; i < 3; i++) expect(jsQuote('a<b')).toBe('"a\\u003cb"');
  });
});
