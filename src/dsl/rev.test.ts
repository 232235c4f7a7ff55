import { describe, expect, it } from 'vitest';
import { reverseName } from './rev.js';

describe('REV', () => {
  it.each<[string, 'rfc2317' | 'rfc4183' | undefined, string]>([
    ['1.2.3.0/24', undefined, '3.2.1.in-addr.arpa'],
    ['1.2.3.4', undefined, '4.3.2.1.in-addr.arpa'],
    ['10.0.0.0/8', undefined, '10.in-addr.arpa'],
    ['172.16.0.0/16', undefined, '16.172.in-addr.arpa'],
    ['10.64.0.0/10', undefined, '64-10.10.in-addr.arpa'],
    ['172.16.4.0/22', undefined, '4-22.16.172.in-addr.arpa'],
    ['192.0.2.0/25', undefined, '0/25.2.0.192.in-addr.arpa'],
    ['192.0.2.128/26', 'rfc2317', '128/26.2.0.192.in-addr.arpa'],
    ['192.0.2.128/26', 'rfc4183', '128-26.2.0.192.in-addr.arpa'],
    ['2001:db8::/32', undefined, '8.b.d.0.1.0.0.2.ip6.arpa'],
    ['2001:db8:1::/48', undefined, '1.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa'],
  ])('%s (%s) → %s', (cidr, mode, want) => {
    expect(reverseName(cidr, mode).name).toBe(want);
  });

  it('warns when /25-/31 relies on the RFC 2317 default', () => {
    expect(reverseName('192.0.2.0/25', undefined).warning).toMatch(/REVCOMPAT/);
    expect(reverseName('192.0.2.0/25', 'rfc2317').warning).toBeUndefined();
  });

  it.each([['foo.com', /not an IP address/], ['1.2.3.4/33', /bad prefix length/], ['1.2.3.4/24', /bits set beyond the mask/],
    ['2001:db8::/30', /multiple of 4/], ['1.2.3.0/0', /bad prefix length/], ['0.0.0.0/4', /fewer than 8 bits/], ['2000::/4', /fewer than 8 bits/]])('rejects %s', (cidr, err) => {
    expect(() => reverseName(cidr, undefined)).toThrow(err);
  });
});
