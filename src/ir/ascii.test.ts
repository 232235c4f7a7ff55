import { describe, expect, it } from 'vitest';
import { asciiDomain } from './ascii.js';
import type { DomainConfig } from './types.js';

const dc = (over: Partial<DomainConfig>): DomainConfig =>
  ({ name: 'example.com', registrar: 'none', dnsProviders: {}, records: [], ...over });

describe('asciiDomain', () => {
  it('returns the same object when every name is ASCII', () => {
    const d = dc({ records: [{ type: 'CNAME', name: 'www', target: 'example.net.', ttl: 300 }] });
    expect(asciiDomain(d)).toBe(d);
  });

  it('converts labels, hostname targets and nameservers to punycode (the zone name is punycode in the IR)', () => {
    const d = dc({
      name: 'xn--dsseldorf-q9a.example', tag: 'inside', uniquename: 'xn--dsseldorf-q9a.example!inside',
      records: [
        { type: 'A', name: 'ü', target: '192.0.2.1', ttl: 300 },
        { type: 'CNAME', name: 'x', target: 'müller.example.', ttl: 300 },
        { type: 'TXT', name: '@', target: 'grüße', ttl: 300 },
      ],
      nameservers: [{ name: 'ns.müller.example' }],
    });
    const a = asciiDomain(d);
    expect(a.name).toBe('xn--dsseldorf-q9a.example');
    expect(a.uniquename).toBe('xn--dsseldorf-q9a.example!inside');
    expect(a.records.map((r) => [r.name, r.target])).toEqual([
      ['xn--tda', '192.0.2.1'], ['x', 'xn--mller-kva.example.'], ['@', 'grüße'],
    ]);
    expect(a.nameservers).toEqual([{ name: 'ns.xn--mller-kva.example' }]);
    expect(d.records[0]!.name).toBe('ü'); // the IR itself is untouched
  });
});
