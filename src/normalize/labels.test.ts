import { describe, expect, it } from 'vitest';
import { addOrigin, canonicalLabel, canonicalName, nameProblem, reverseOfIp } from './labels.js';
import type { DomainConfig, RecordConfig } from '../ir/types.js';

describe('labels', () => {
  it.each([['WWW', 'www'], ['DÜSSELDORF', 'düsseldorf'], ['ＡＢＣ', 'abc'], ['xn--dsseldorf-q9a', 'xn--dsseldorf-q9a'], ['_dmarc', '_dmarc']])(
    'canonicalName(%s) = %s', (a, b) => expect(canonicalName(a)).toBe(b));
  it.each([['www', 'example.com.', 'www.example.com.'], ['@', 'example.com.', 'example.com.'], ['x.net.', 'example.com.', 'x.net.']])(
    'addOrigin(%s, %s)', (n, o, want) => expect(addOrigin(n, o)).toBe(want));
  it.each([['192.0.2.1', '1.2.0.192.in-addr.arpa'], ['2001:db8::1', `1.${'0.'.repeat(23)}8.b.d.0.1.0.0.2.ip6.arpa`], ['host', undefined],
    ['::ffff:192.0.2.1', `1.0.2.0.0.0.0.c.f.f.f.f.${'0.'.repeat(20)}ip6.arpa`], ['fe80::1%eth0', undefined]])(
    'reverseOfIp(%s)', (ip, want) => expect(reverseOfIp(ip)).toBe(want));

  it.each([['a', 1_000_000], ['é', 1_000_000], ['a.', 500_000]])('a name of %j × %i is too long, said in short, without IDNA-mapping it', (s, n) => {
    const name = s.repeat(n);
    const t0 = performance.now();
    expect(nameProblem(name)).toBe(`"${s.repeat(80 / s.length)}… (${name.length} characters)" is longer than 253 characters`);
    const rc = { type: 'A', name, target: '192.0.2.1', ttl: 300 } as RecordConfig;
    expect(canonicalLabel(rc, { name: 'example.com' } as DomainConfig)).toEqual({ error: `label ${nameProblem(name)}` });
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
