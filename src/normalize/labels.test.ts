import { describe, expect, it } from 'vitest';
import { addOrigin, canonicalName, reverseOfIp } from './labels.js';

describe('labels', () => {
  it.each([['WWW', 'www'], ['DÜSSELDORF', 'düsseldorf'], ['ＡＢＣ', 'abc'], ['xn--dsseldorf-q9a', 'xn--dsseldorf-q9a'], ['_dmarc', '_dmarc']])(
    'canonicalName(%s) = %s', (a, b) => expect(canonicalName(a)).toBe(b));
  it.each([['www', 'example.com.', 'www.example.com.'], ['@', 'example.com.', 'example.com.'], ['x.net.', 'example.com.', 'x.net.']])(
    'addOrigin(%s, %s)', (n, o, want) => expect(addOrigin(n, o)).toBe(want));
  it.each([['192.0.2.1', '1.2.0.192.in-addr.arpa'], ['2001:db8::1', `1.${'0.'.repeat(23)}8.b.d.0.1.0.0.2.ip6.arpa`], ['host', undefined]])(
    'reverseOfIp(%s)', (ip, want) => expect(reverseOfIp(ip)).toBe(want));
});
