import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZoneParseError } from '../errors.js';
import { parseZone } from './parser.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../test/zones');
const fixture = (name: string) => path.join(FIXTURES, name);
const parseFixture = (name: string, origin: string) =>
  parseZone(fs.readFileSync(fixture(name), 'utf8'), { origin, file: fixture(name) });
const brief = (rs: ReturnType<typeof parseZone>) => rs.map((r) => `${r.name} ${r.ttl} ${r.type} ${r.target}`);

describe('parseZone: a real-world zone', () => {
  const recs = parseFixture('realworld.example.zone', 'realworld.example');

  it('reads every record with owners, TTLs and targets resolved', () => {
    expect(brief(recs)).toEqual([
      '@ 3600 SOA ns1.realworld.example.',
      '@ 3600 NS ns1.realworld.example.',
      '@ 3600 NS ns2.provider.net.',
      '@ 300 A 192.0.2.10',
      '@ 3600 AAAA 2001:db8::10',
      '@ 3600 MX mail.realworld.example.',
      '@ 3600 MX mail.backup.net.',
      '@ 3600 TXT v=spf1 mx -all',
      '@ 3600 TXT first part second part',
      'ns1 3600 A 192.0.2.53',
      'mail 5400 A 192.0.2.25',
      'www 600 CNAME realworld.example.',
      '*.dyn 3600 A 192.0.2.99',
      '_sip._tcp 3600 SRV sip.realworld.example.',
      'sip 3600 A 192.0.2.60',
      'q 3600 TXT semi;colonquote"dback\\slashABC',
      'deep.sub 3600 A 192.0.2.70',
      'sub 3600 CAA letsencrypt.org',
      'incl.sub 3600 A 192.0.2.90',
      'after.sub 3600 A 192.0.2.80',
    ]);
  });

  it('reads a multi-line SOA with TTL units', () => {
    expect(recs[0]).toMatchObject({
      soambox: 'hostmaster.realworld.example.', soaserial: 2024052001, soarefresh: 7200, soaretry: 1800,
      soaexpire: 1209600, soaminttl: 86400,
    });
  });
});

describe('parseZone: constructs', () => {
  it.each<[string, string, string[]]>([
    ['omitted TTL uses the last explicit one without $TTL', 'a 120 A 192.0.2.1\nb A 192.0.2.2', ['a 120 A 192.0.2.1', 'b 120 A 192.0.2.2']],
    ['class before TTL', 'a IN 60 A 192.0.2.1', ['a 60 A 192.0.2.1']],
    ['fully qualified owner', 'www.z.example. A 192.0.2.1', ['www 3600 A 192.0.2.1']],
    ['@ and upper-case owner', '@ A 192.0.2.1\nWWW A 192.0.2.2', ['@ 3600 A 192.0.2.1', 'www 3600 A 192.0.2.2']],
    ['lower-case type', 'a a 192.0.2.1', ['a 3600 A 192.0.2.1']],
    ['CRLF line ends', 'a A 192.0.2.1\r\nb A 192.0.2.2\r\n', ['a 3600 A 192.0.2.1', 'b 3600 A 192.0.2.2']],
    ['RFC 3597 generic type', 'a TYPE65280 \\# 2 abcd', ['a 3600 TYPE65280 \\# 2 abcd']],
    ['$TTL after records', 'a A 192.0.2.1\n$TTL 5m\nb A 192.0.2.2', ['a 3600 A 192.0.2.1', 'b 300 A 192.0.2.2']],
    ['$GENERATE with step and modifiers', '$GENERATE 1-5/2 host-${10,3} A 192.0.2.$', ['host-011 3600 A 192.0.2.1', 'host-013 3600 A 192.0.2.3', 'host-015 3600 A 192.0.2.5']],
    ['$GENERATE PTR with hex and a literal \\$', '$GENERATE 10-11 $ PTR h${0,2,x}\\$.example.', ['10 3600 PTR h0a$.example.', '11 3600 PTR h0b$.example.']],
    ['comment-only and blank lines', '; c\n\n   ; indented comment\na A 192.0.2.1 ; trailing', ['a 3600 A 192.0.2.1']],
  ])('%s', (_name, text, want) => {
    expect(brief(parseZone(text, { origin: 'z.example' }))).toEqual(want);
  });
});

describe('parseZone: errors name file, line, column and token', () => {
  it.each<[string, string, number, number, string, RegExp]>([
    ['unknown type', 'bad-type.zone', 3, 12, 'AXX', /unknown record type/],
    ['unclosed parenthesis', 'bad-paren.zone', 2, 57, '(', /unbalanced/],
  ])('%s', (_name, file, line, col, token, reason) => {
    let err: unknown;
    try { parseFixture(file, 'bad.example'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ZoneParseError);
    const z = err as ZoneParseError;
    expect([z.file, z.line, z.column, z.token]).toEqual([fixture(file), line, col, token]);
    expect(z.message).toMatch(reason);
    expect(z.message.startsWith(`${fixture(file)}:${line}:${col}: `)).toBe(true);
  });

  it.each<[string, string, number, RegExp]>([
    ['bad IPv4', 'a A 1.2.3', 1, /IPv4/],
    ['name outside the zone', 'www.other.example. A 192.0.2.1', 1, /outside the zone/],
    ['missing rdata', 'a A', 1, /without rdata/],
    ['first record without owner', '  A 192.0.2.1', 1, /no owner/],
    ['CH class', 'a CH A 192.0.2.1', 1, /only IN/],
    ['unterminated string', 'a TXT "abc\n', 1, /unterminated/],
    ['bad $TTL', '$TTL soon', 1, /\$TTL/],
    ['unsupported directive', '$FOO bar', 1, /unsupported/],
    ['bad $GENERATE range', '$GENERATE 5-1 a$ A 192.0.2.$', 1, /range/],
    ['bad $GENERATE base', '$GENERATE 1-2 a${0,0,q} A 192.0.2.1', 1, /base/],
    ['missing include', '$INCLUDE does-not-exist.zone', 1, /cannot read/],
    ['IPv6 with a zone ID', 'a AAAA fe80::1%eth0', 1, /expected one IPv6 address/],
    ['bad MX on line 3', 'a A 192.0.2.1\n\n@ MX mail.', 3, /preference/],
    ['byte order mark', '\uFEFF$TTL 300\n@ A 192.0.2.1', 1, /starts with a byte order mark/],
    // Found by a bug hunt: each was accepted and written back as something else, or as a file BIND refuses.
    ['a quoted $ORIGIN', '$ORIGIN "a;b"\nx A 192.0.2.1', 1, /\$ORIGIN takes a name, not a quoted string/],
    ['a quoted $INCLUDE origin', '$INCLUDE x.zone "a b"', 1, /\$INCLUDE takes an origin name/],
    ['a \\DDD escape above 255 in a quoted string', 'a A 192.0.2.1\nt TXT "\\999"', 2, /\\999 is not a byte/],
    ['\\DDD bytes that are not UTF-8', 't TXT "\\255"', 1, /\\255 is not UTF-8 text/],
    ['an unquoted \\DDD escape above 255', 'a A 192.0.2.1\n\nt TXT ab\\300', 3, /\\300 is not a byte/],
    ['a line after a word with a stray quote keeps its number', 'z TXT a"b\nw A 192.0.2.1\nbad A 1.2.3', 3, /IPv4/],
    ['an SOA below the apex', '@ SOA ns. h. 1 2 3 4 5\nx SOA ns. h. 1 2 3 4 5', 2, /SOA record belongs at the zone apex, not at "x"/],
    ['an NS record with a wildcard owner', 'a A 192.0.2.1\n*.b NS ns1.example.net.', 2, /an NS record cannot have a wildcard owner \(\*\.b\)/],
    ['a CAA tag that is no word', '@ CAA 0 " " "letsencrypt.org"', 1, /tag: expected one word, got " "/],
    ['a second, different SOA', '@ SOA ns. h. 1 2 3 4 5\na A 192.0.2.1\n@ SOA ns. h. 2 2 3 4 5', 3, /a second, different SOA record/],
  ])('%s', (_name, text, line, reason) => {
    expect(() => parseZone(text, { origin: 'z.example', file: 'test.zone' })).toThrow(reason);
    try { parseZone(text, { origin: 'z.example', file: 'test.zone' }); } catch (e) {
      expect(e).toBeInstanceOf(ZoneParseError);
      expect((e as ZoneParseError).line).toBe(line);
    }
  });
});

// Found by the fuzz suite (test/fuzz): each of these was accepted and written back as a file BIND refuses.
describe('parseZone: names, hex and base64 as DNS servers accept them', () => {
  it.each<[string, string, RegExp]>([
    ['an empty label in an rdata name', '@ SOA ns1.z.example.. host.z.example. 1 2 3 4 5', /mname: empty label/],
    ['an empty label in an owner name', 'a..b A 192.0.2.1', /owner name: empty label/],
    ['a leading dot', '.a A 192.0.2.1', /owner name: empty label/],
    ['a label over 63 octets', `${'a'.repeat(64)} A 192.0.2.1`, /label longer than 63 octets/],
    ['a label over 63 octets in UTF-8', `${'é'.repeat(32)} A 192.0.2.1`, /label longer than 63 octets/],
    ['a name over 255 octets', `@ CNAME ${'a.'.repeat(128)}`, /name longer than 255 octets/],
    ['a bad $ORIGIN', '$ORIGIN a..z.example.\n@ A 192.0.2.1', /\$ORIGIN: empty label/],
    ['an RP mailbox with an empty label', '@ RP a..b. t.z.example.', /mbox: empty label/],
    ['a raw control byte in an rdata name (BIND refuses it; \\000 is the way)', 'sub NS ns.\u0000elsewhere.example.', /target: a control character .*\\000/],
    ['non-hex in a TLSA certificate', '_443._tcp TLSA 3 1 1 abcde\u0131f01', /must be an even number of hex digits/],
    ['an odd number of hex digits', '@ DS 1 8 2 abc', /must be an even number of hex digits/],
    ['bad base64 in a DNSKEY', '@ DNSKEY 257 3 8 AwEAAa*', /must be base64/],
    ['a quoted CNAME target', '@ CNAME "say hi"', /target: a name cannot be a quoted string/],
    ['a quoted MX exchange', '@ MX 10 "mail.z.example."', /exchange: a name cannot be a quoted string/],
    ['a quoted RP name', '@ RP "a.z.example." t.z.example.', /RP: a name cannot be a quoted string/],
    ['a LOC latitude over 90°', '@ LOC 2147483648 N 1 E 0m', /latitude must be at most 90°/],
    ['a LOC longitude over 180°', '@ LOC 1 N 181 E 0m', /longitude must be at most 180°/],
    ['LOC minutes of 60', '@ LOC 1 60 N 1 E 0m', /minutes and seconds below 60/],
    ['a LOC altitude too high', '@ LOC 1 N 1 E 99999999999m', /altitude must be/],
    ['a negative LOC size', '@ LOC 1 N 1 E 0m -1m', /size must be/],
  ])('%s is a ZoneParseError', (_n, text, reason) => {
    expect(() => parseZone(text, { origin: 'z.example', file: 'test.zone' })).toThrow(ZoneParseError);
    expect(() => parseZone(text, { origin: 'z.example', file: 'test.zone' })).toThrow(reason);
  });

  it.each([
    ['the root as a target', '@ MX 0 .'],
    ['escaped dots and \\DDD in a label', 'a\\.b\\046c A 192.0.2.1'],
    ['a 63-octet label and a 255-octet name', `${'a'.repeat(63)} CNAME ${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(61)}.`],
    ['hex in either case and base64 in pieces', '@ DS 1 8 2 ABcd12\n@ DNSKEY 257 3 8 AwEA AQ==' ],
  ])('%s is fine', (_n, text) => {
    expect(parseZone(text, { origin: 'z.example' }).length).toBeGreaterThan(0);
  });

  it('an owner name starting with "$" is written escaped and reads back the same', async () => {
    const { formatZone } = await import('./writer.js');
    const recs = parseZone('$ORIGIN $ttl.z.example.\n@ A 192.0.2.1\nx A 192.0.2.2', { origin: 'z.example' });
    expect(recs.map((r) => r.name)).toEqual(['$ttl', 'x.$ttl']);
    const text = formatZone(recs);
    expect(text).toMatch(/^\\\$ttl +IN A/m);
    expect(parseZone(text, { origin: 'z.example' })).toEqual(recs);
  });

  it('a quoted owner name is a ZoneParseError', () => {
    expect(() => parseZone('"a b" A 192.0.2.1', { origin: 'z.example' })).toThrow(/owner name cannot be a quoted string/);
  });

  it('counts lines after an escaped newline inside a quoted string', () => {
    expect(() => parseZone('a TXT "x\\\ny"\nb A 1.2.3', { origin: 'z.example', file: 'test.zone' })).toThrow(/test\.zone:3:/);
  });
});

describe('parseZone: escapes in unquoted character-strings', () => {
  it('decodes them as in quoted ones (BIND reads \\065bc as "Abc")', () => {
    const [txt, caa] = parseZone('t TXT \\065bc "d\\066"\nc CAA 0 issue ca\\.org', { origin: 'z.example', file: 't.zone' });
    expect(txt!.target).toBe('AbcdB');
    expect(caa!.target).toBe('ca.org');
  });
});

describe('parseZone: $INCLUDE reads only regular files inside the zone file\'s folder', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'zone-include-'));
  it('includes a file of the folder, and of a folder below it', () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'part.zone'), 'w A 192.0.2.7\n');
    const recs = parseZone('$INCLUDE sub/part.zone\n', { origin: 'z.example', file: path.join(dir, 'z.zone') });
    expect(brief(recs)).toEqual(['w 3600 A 192.0.2.7']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  it.each<[string, (dir: string, outside: string) => string, RegExp]>([
    ['a file outside the folder', (_d, outside) => path.join(outside, 'secret.txt'), /is outside .*, the folder of the zone file/],
    ['a symbolic link out of the folder', (d, outside) => { fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(d, 'link.zone')); return 'link.zone'; }, /is outside/],
    ['a FIFO', (d) => { execFileSync('mkfifo', [path.join(d, 'fifo.zone')]); return 'fifo.zone'; }, /is not a regular file/],
    ['a folder', (d) => { fs.mkdirSync(path.join(d, 'sub')); return 'sub'; }, /is not a regular file|EISDIR/],
  ])('refuses %s, without quoting it', (_n, make, reason) => {
    const dir = tmp();
    const outside = tmp();
    fs.writeFileSync(path.join(outside, 'secret.txt'), '{"cf":{"apitoken":"SECRET123xyz"}}\n');
    const inc = make(dir, outside);
    let err: Error | undefined;
    try { parseZone(`$INCLUDE ${inc}\n`, { origin: 'z.example', file: path.join(dir, 'z.zone') }); } catch (e) { err = e as Error; }
    expect(err).toBeInstanceOf(ZoneParseError);
    expect(err!.message).toMatch(reason);
    expect(err!.message).not.toContain('SECRET123xyz');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });
});

describe('parseZone: the SOA', () => {
  it('keeps one SOA when the same one comes again (a `dig axfr` listing ends with it), as BIND does', () => {
    const recs = parseZone('@ SOA ns. h. 1 2 3 4 5\na A 192.0.2.1\n@ 300 IN SOA NS. h. 1 2 3 4 5\n', { origin: 'z.example', file: 't.zone' });
    expect(recs.map((r) => r.type)).toEqual(['SOA', 'A']);
  });
});
