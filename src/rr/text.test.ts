import { describe, expect, it } from 'vitest';
import type { RecordConfig } from '../ir/types.js';
import { RdataError } from './descriptor.js';
import { allRRTypes } from './registry.js';
import { comparableText, parseRdata, rdataText } from './text.js';

const rc = (type: string, f: Partial<RecordConfig>): RecordConfig => ({ type, name: '@', ttl: 300, target: '', ...f });

// text → IR fields → text: the canonical form comes back unchanged.
const ROUND_TRIP: Array<[string, string]> = [
  ['A', '192.0.2.1'],
  ['AAAA', '2001:db8::1'],
  ['CNAME', 'www.example.com.'],
  ['NS', 'ns1.example.net.'],
  ['PTR', 'host.example.com.'],
  ['DNAME', 'other.example.'],
  ['MX', '10 mx.example.com.'],
  ['MX', '0 .'],
  ['SRV', '10 60 5060 sip.example.com.'],
  ['TXT', '"v=spf1 -all"'],
  ['TXT', '"with \\"quotes\\" and \\\\ backslash"'],
  ['TXT', '""'],
  ['CAA', '0 issue "letsencrypt.org"'],
  ['CAA', '128 iodef "mailto:sec@example.com"'],
  ['SOA', 'ns1.example.com. hostmaster.example.com. 2024010100 3600 600 604800 1440'],
  ['DS', '14480 13 2 BB1C4B615CDED2B34347CF23710471934D972F1E34F53B54ED8D5F786202C73B'],
  ['DNSKEY', '257 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ=='],
  ['NAPTR', '100 10 "U" "E2U+sip" "!^.*$!sip:info@example.com!" .'],
  ['SVCB', '1 svc.example.com. alpn="h2,h3" port=8443'],
  ['HTTPS', '1 . alpn="h3,h2"'],
  ['TLSA', '3 1 1 0123456789abcdef'],
  ['SMIMEA', '3 0 1 abcdef0123'],
  ['SSHFP', '4 2 123456789abcdef67890123456789abcdef67890123456789abcdef123456789'],
  ['OPENPGPKEY', 'mQENBFVHm5sBCADGt8zEhyKgKVxsHZRFr4tXq+0b'],
  ['DHCID', 'AAIBY2/AuCccgoJbsaxcQc9TUapptP69lOjxfNuVAA2kjEA='],
  ['RP', 'admin.example.com. info.example.com.'],
  ['LOC', '42 21 54.000 N 71 06 18.000 W -24m 30m 0.00m 0.00m'],
  ['LOC', '52 14 5.000 N 00 08 50.000 E 10.33m 1m 10000m 10m'],
  ['LUA', 'A "ifportup(443, {\'192.0.2.1\',\'192.0.2.2\'})"'],
  ['TYPE65280', '\\# 4 0a000001'],
];

describe('rdata text round trip', () => {
  it.each(ROUND_TRIP)('%s %s', (type, text) => {
    const fields = parseRdata(type, text, 'example.com');
    expect(rdataText(rc(type, fields))).toBe(text);
  });

  it('covers every registered type (ALIAS aside)', () => {
    const covered = new Set(ROUND_TRIP.map(([t]) => t));
    expect(allRRTypes().filter((t) => !t.pseudo && !covered.has(t.name)).map((t) => t.name)).toEqual([]);
  });
});

describe('parseRdata', () => {
  it.each<[string, string, Partial<RecordConfig>]>([
    ['MX', '10 mail', { mxpreference: 10, target: 'mail.example.com.' }],
    ['CNAME', '@', { target: 'example.com.' }],
    ['SRV', '1 2 3 target.other.', { srvpriority: 1, srvweight: 2, srvport: 3, target: 'target.other.' }],
    ['TXT', '"part one" "part two"', { target: 'part onepart two' }],
    ['TXT', 'unquoted', { target: 'unquoted' }],
    ['TXT', '"caf\\195\\169"', { target: 'café' }],
    ['CAA', '128 issue "ca.example.net; account=1"', { caaflag: 128, caatag: 'issue', target: 'ca.example.net; account=1' }],
    ['DS', '1 13 2 AABB CCDD', { dskeytag: 1, dsalgorithm: 13, dsdigesttype: 2, dsdigest: 'AABBCCDD', target: '' }],
    ['AAAA', '2001:DB8::1', { target: '2001:db8::1' }],
    ['AAAA', '2001:db8:0:0::f', { target: '2001:db8::f' }],
    ['AAAA', '2001:0db8:0000:0000:0000:0000:0000:0001', { target: '2001:db8::1' }],
    ['LOC', '42 21 54 N 71 06 18 W -24m 30m', { loclatitude: 2299997648, loclongitude: 1891505648, localtitude: 9997600, locsize: 0x33 }],
  ])('%s %s', (type, text, want) => {
    expect(parseRdata(type, text, 'example.com')).toMatchObject(want);
  });

  it.each<[string, string, RegExp]>([
    ['A', '300.1.1.1', /IPv4/],
    ['A', '1.2.3.4 5.6.7.8', /IPv4/],
    ['AAAA', '1.2.3.4', /IPv6/],
    ['MX', 'mail.example.com.', /preference/],
    ['MX', '70000 mail.', /0-65535/],
    ['SRV', '1 2 3', /missing target/],
    ['CAA', '256 issue "x"', /0-255/],
    ['CNAME', 'a. b.', /unexpected "b."/],
    ['TYPE99', 'abc', /unknown record type/],
    ['TYPE99', '\\# 3 abcd', /length/],
    ['TXT', '"open', /unterminated/],
    ['LOC', '42 21 54 X', /N or S/],
  ])('rejects %s %s', (type, text, msg) => {
    expect(() => parseRdata(type, text, 'example.com')).toThrow(RdataError);
    expect(() => parseRdata(type, text, 'example.com')).toThrow(msg);
  });
});

describe('rdataText', () => {
  it('splits TXT at 255 bytes without breaking UTF-8 characters', () => {
    const long = 'é'.repeat(200); // 400 bytes
    const text = rdataText(rc('TXT', { target: long }));
    const parts = text.match(/"[^"]*"/g)!;
    expect(parts).toHaveLength(2);
    expect(Buffer.byteLength(parts[0]!.slice(1, -1))).toBeLessThanOrEqual(255);
    expect(parts.map((p) => p.slice(1, -1)).join('')).toBe(long);
  });

  it('writes provider pseudo types and unknown types from target', () => {
    expect(rdataText(rc('CF_REDIRECT', { target: 'a.com,https://b.com/$1' }))).toBe('a.com,https://b.com/$1');
  });
});

describe('comparableText: SVCB/HTTPS parameters', () => {
  const svc = (type: string, params: string) => comparableText(rc(type, { target: '.', svcpriority: 1, svcparams: params }));
  it.each([
    ['alpn=h2,h3', 'alpn="h2,h3"'], // as a config writes it / as BIND and PowerDNS print it
    ['port=443 alpn=h2', 'alpn="h2" port=443'], // servers list keys in wire order
    ['ech="AAAA" no-default-alpn', 'no-default-alpn ech=AAAA'],
  ])('%s is the same as %s', (a, b) => {
    expect(svc('HTTPS', a)).toBe(svc('HTTPS', b));
    expect(svc('SVCB', a)).toBe(svc('SVCB', b));
  });
  it('still tells different values apart', () => {
    expect(svc('HTTPS', 'alpn=h2,h3')).not.toBe(svc('HTTPS', 'alpn=h3,h2'));
    expect(svc('HTTPS', 'port=80')).not.toBe(svc('HTTPS', 'port=81'));
    expect(svc('HTTPS', 'alpn="a b"')).toBe('1 . alpn="a b"');
  });
});
