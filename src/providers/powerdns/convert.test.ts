import { describe, it, expect } from 'vitest';
import { fromRRsets, pdnsContent, rrsetJson, toRRset } from './convert.js';
import { rec } from '../../../test/live/harness.js';

const ZONE = 'example.test';

describe('PowerDNS content', () => {
  it.each([
    ['MX', '10 mail.example.test.', '10 mail.example.test.'],
    ['TXT', '"a b" "c"', '"a bc"'],
    ['HTTPS', '1 . alpn="h3,h2" port=443', '1 . alpn=h3,h2 port=443'],
    // PowerDNS prints ech quoted and refuses it unquoted (HTTP 422 "Not in expected format").
    ['HTTPS', '1 example.com. alpn=h2,h3 ech=c29tZQ==', '1 example.com. alpn=h2,h3 ech="c29tZQ=="'],
    ['HTTPS', '1 . ech="c29tZQ==" ipv4hint=192.0.2.1', '1 . ech="c29tZQ==" ipv4hint=192.0.2.1'],
    ['SVCB', '0 svc.example.test.', '0 svc.example.test.'],
  ])('%s %s is sent as %s', (type, rdata, content) => {
    expect(pdnsContent(rec(ZONE, 'x', type, rdata))).toBe(content);
  });

  it.each([
    ['DS', '12345 13 2 abcdef0123', 'dsdigest', 'ABCDEF0123'],
    ['SSHFP', '1 2 ABCDEF', 'target', 'abcdef'],
    ['HTTPS', '1 . alpn=h3,h2 port=443', 'svcparams', 'alpn="h3,h2" port=443'],
  ])('%s read from PowerDNS as DNSControl writes it', (type, content, field, want) => {
    const [r] = fromRRsets([{ name: `x.${ZONE}.`, type, ttl: 60, records: [{ content, disabled: false }] }], ZONE);
    expect(r).toMatchObject({ name: 'x', type, ttl: 60, [field]: want });
  });

  it('skips disabled records, SOA and DNSSEC rrsets; names become labels', () => {
    const got = fromRRsets([
      { name: `${ZONE}.`, type: 'SOA', ttl: 60, records: [{ content: 'a. b. 1 2 3 4 5', disabled: false }] },
      { name: `${ZONE}.`, type: 'DNSKEY', ttl: 60, records: [{ content: '257 3 13 AAAA', disabled: false }] },
      { name: `${ZONE}.`, type: 'A', ttl: 60, records: [{ content: '192.0.2.1', disabled: false }, { content: '192.0.2.2', disabled: true }] },
      { name: `WWW.${ZONE.toUpperCase()}.`, type: 'A', ttl: 60, records: [{ content: '192.0.2.3', disabled: false }] },
    ], ZONE);
    expect(got.map((r) => [r.name, r.target])).toEqual([['@', '192.0.2.1'], ['www', '192.0.2.3']]);
  });

  it('turns a change into REPLACE with the whole set, or DELETE', () => {
    const a1 = rec(ZONE, 'www', 'A', '192.0.2.1'), a2 = rec(ZONE, 'www', 'A', '192.0.2.2');
    const key = { nameFQDN: `www.${ZONE}`, type: 'A' };
    expect(toRRset({ kind: 'change', key, old: [a1], new: [a1, a2], msgs: [] })).toEqual({
      name: `www.${ZONE}.`, type: 'A', changetype: 'REPLACE', ttl: 300,
      records: [{ content: '192.0.2.1', disabled: false }, { content: '192.0.2.2', disabled: false }],
    });
    expect(toRRset({ kind: 'delete', key, old: [a1], new: [], msgs: [] })).toEqual({ name: `www.${ZONE}.`, type: 'A', changetype: 'DELETE' });
  });

  it.each([
    ['a set of two', 'www', [['A', '192.0.2.1'], ['A', '192.0.2.2']]],
    ['a delete', 'www', []],
    ['quotes and backslashes in TXT', 'x', [['TXT', '"say \\"hi\\" \\\\ ok"']]],
    ['non-ASCII text', 'x', [['TXT', '"caf\u00e9 \u2603"']]],
    ['an SVCB with params', 'svc', [['HTTPS', '1 . alpn="h3,h2" port=443']]],
  ])('rrsetJson writes the bytes of JSON.stringify(toRRset) for %s', (_what, label, recs) => {
    const news = recs.map(([type, rdata]) => rec(ZONE, label, type!, rdata!));
    const type = recs[0]?.[0] ?? 'A';
    const c = { kind: news.length ? 'create' as const : 'delete' as const, key: { nameFQDN: `${label}.${ZONE}`, type }, old: [], new: news, msgs: [] };
    expect(rrsetJson(c)).toBe(JSON.stringify(toRRset(c)));
  });
});
