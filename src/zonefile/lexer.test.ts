import { describe, expect, it } from 'vitest';
import { ZoneParseError } from '../errors.js';
import { lexZone } from './lexer.js';

const words = (text: string) => lexZone(text, 't.zone').map((e) => `${e.blankOwner ? '_ ' : ''}${e.tokens.map((t) => (t.quoted ? `"${t.text}"` : t.text)).join(' ')}`);

describe('lexZone', () => {
  it.each<[string, string, string[]]>([
    ['one entry per line', 'a A 1\nb A 2\n', ['a A 1', 'b A 2']],
    ['parentheses join lines, comments inside are dropped', 'a SOA x y ( 1 ; serial\n 2 )\nb A 1', ['a SOA x y 1 2', 'b A 1']],
    ['leading whitespace marks an omitted owner', 'a A 1\n\tA 2\n  A 3', ['a A 1', '_ A 2', '_ A 3']],
    ['continuation lines inside ( ) are not omitted owners', 'a TXT (\n  "x"\n  "y" )\n', ['a TXT "x" "y"']],
    ['quoted strings keep spaces, semicolons and escapes', 'a TXT "b ; c" "q\\"t" "\\065"', ['a TXT "b ; c" "q"t" "A"']],
    ['a quoted string may span lines', 'a TXT "one\ntwo"\nb A 1', ['a TXT "one\ntwo"', 'b A 1']],
    ['quotes inside a word stay verbatim', 'a HTTPS 1 . alpn="h2,h3"', ['a HTTPS 1 . alpn="h2,h3"']],
    ['a quote inside a word keeps spaces up to its closing quote', 'a HTTPS 1 . alpn="h2 h3" port=1', ['a HTTPS 1 . alpn="h2 h3" port=1']],
    // Found by a bug hunt: the unclosed quote swallowed the line break, and the next record with it.
    ['a quote inside a word without a closing one is an ordinary character', 'z TXT a"b\nw A 192.0.2.1', ['z TXT a"b', 'w A 192.0.2.1']],
    ['an unclosed quote inside a word ends with the word', 'x HTTPS 1 . alpn="h2 port=1\ny A 1', ['x HTTPS 1 . alpn="h2 port=1', 'y A 1']],
    ['escaped space stays in the word', 'a\\ b A 1', ['a\\ b A 1']],
    ['empty quoted string is a token', 'a TXT ""', ['a TXT ""']],
    ['comment-only lines make no entry', '; x\n   ; y\n\n', []],
  ])('%s', (_n, text, want) => expect(words(text)).toEqual(want));

  it('records line and column of each token, counting lines inside ( )', () => {
    const [e] = lexZone('a SOA (\n   x y )', 't.zone');
    expect(e!.tokens.map((t) => [t.text, t.line, t.col])).toEqual([['a', 1, 1], ['SOA', 1, 3], ['x', 2, 4], ['y', 2, 6]]);
  });

  it.each<[string, string, number, number, string]>([
    ['unbalanced )', 'a A 1 )', 1, 7, ')'],
    ['unclosed (', 'a\nb SOA ( 1\n2', 2, 7, '('],
    ['unterminated quote', 'a TXT "abc', 1, 7, '"abc'],
    ['a backslash at the end of a line', 'x TXT ab\\\nw A 192.0.2.1', 1, 9, 'ab\\'],
    ['a backslash at the end of the text', 'x TXT ab\\', 1, 9, 'ab\\'],
    ['a backslash before CRLF', 'x TXT ab\\\r\nw A 1', 1, 9, 'ab\\'],
    ['a \\DDD escape above 255', 'a TXT "x\\999"', 1, 7, '"x\\999"'],
  ])('%s → ZoneParseError at line:col', (_n, text, line, col, token) => {
    try {
      lexZone(text, 't.zone');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZoneParseError);
      expect([(e as ZoneParseError).line, (e as ZoneParseError).column, (e as ZoneParseError).token]).toEqual([line, col, token]);
    }
  });
});

describe('lexZone: line numbers after a quote or an escape inside a word', () => {
  it('counts every line', () => {
    const lines = lexZone('z TXT a"b\nw A 1\nv HTTPS 1 . alpn="h2\nu A 2', 't.zone').map((e) => [e.tokens[0]!.text, e.line]);
    expect(lines).toEqual([['z', 1], ['w', 2], ['v', 3], ['u', 4]]);
  });
  it('quotes the start of a long token in an error', () => {
    const err = (() => { try { lexZone(`a TXT "x\\999${'y'.repeat(100_000)}"`, 't.zone'); } catch (e) { return e as Error; } })();
    expect(err).toBeInstanceOf(ZoneParseError);
    expect(err!.message).toMatch(/^t\.zone:1:7: \\999 is not a byte.*\(at "\\"x\\\\999y+…"\)$/);
    expect(err!.message.length).toBeLessThan(300);
  });
});
