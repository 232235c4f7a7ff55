import { describe, expect, it } from 'vitest';
import { domainSelected, parseDomainFilter } from './domains.js';
import { UsageError } from '../errors.js';

describe('--domains', () => {
  // [filter, domain, tag, selected?]
  it.each<[string, string, string, boolean]>([
    ['', 'example.com', '', true],
    ['all', 'example.com', 'inside', true],
    ['*', 'example.org', '', true],
    ['example.com', 'example.com', '', true],
    ['example.com', 'example.org', '', false],
    ['example.com', 'example.com', 'inside', false],
    ['example.org, example.com', 'example.com', '', true],
    ['EXAMPLE.com.', 'example.com', '', true],
    ['*.example.com', 'example.com', '', true],
    ['*.example.com', 'sub.example.com', '', true],
    ['*.example.com', 'a.b.example.com', '', true],
    ['*.example.com', 'badexample.com', '', false],
    ['*.in-addr.arpa', '2.0.192.in-addr.arpa', '', true],
    ['example.com!inside', 'example.com', 'inside', true],
    ['example.com!inside', 'example.com', 'outside', false],
    ['example.com!inside', 'example.com', '', false],
    ['example.com!*', 'example.com', 'outside', true],
    ['example.com!*', 'example.com', '', false],
    ['example.com!', 'example.com', '', true],
    ['example.com!', 'example.com', 'inside', false],
    ['!inside', 'anything.org', 'inside', true],
    ['!inside', 'anything.org', '', false],
    ['bücher.de', 'xn--bcher-kva.de', '', true],
    ['xn--bcher-kva.de', 'bücher.de', '', true],
    ['*.bücher.de', 'shop.xn--bcher-kva.de', '', true],
  ])('%j selects %s!%s: %s', (spec, name, tag, want) => {
    expect(domainSelected(parseDomainFilter(spec), name, tag)).toBe(want);
  });

  it.each([
    ['a!b!c', /more than one "!"/],
    ['ex*ample.com', /"\*" is only allowed/],
    ['example.com/24', /not a domain name/],
    ['exa mple.com', /spaces/],
    ['example.com!in side', /spaces|tag/],
    [',,', /no domain names/],
  ])('rejects %j', (spec, re) => {
    expect(() => parseDomainFilter(spec)).toThrow(UsageError);
    expect(() => parseDomainFilter(spec)).toThrow(re);
  });
});
