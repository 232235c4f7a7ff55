import { describe, expect, it } from 'vitest';
import { convertPageRule } from './page-rule-redirects.js';

const cf = (target: string, type = 'CF_REDIRECT') => ({ type, name: '@', target, ttl: 300 });

describe('convertPageRule', () => {
  it.each<[string, string, string]>([
    ['example.com/*,https://www.example.com/$1', 'http.host eq "example.com"', 'concat("https://www.example.com", http.request.uri.path)'],
    ['example.com/,https://www.example.com/', 'http.host eq "example.com" and http.request.uri.path eq "/"', 'concat("https://www.example.com/", "")'],
    ['http://example.com,example.net', 'http.host eq "example.com" and http.request.uri.path eq "/"', 'concat("https://example.net", "")'],
    ['example.com/old,https://example.com/new', 'http.host eq "example.com" and http.request.uri.path eq "/old"', 'concat("https://example.com/new", "")'],
    ['*example.com/,https://example.net/', '( http.host eq "example.com" or ends_with(http.host, ".example.com") ) and http.request.uri.path eq "/"', 'concat("https://example.net/", "")'],
    ['*example.com/*,https://example.net/biz/$2', 'http.host eq "example.com" or ends_with(http.host, ".example.com")', 'concat("https://example.net", "/biz", http.request.uri.path)'],
    ['meta.*example.com/*,https://example.net/$1', 'http.host matches r###"^meta\\..*example\\.com$"###', 'concat("https://example.net", http.request.uri.path)'],
    ['example.com/.well-known*,https://social.example.com/.well-known$1', '(starts_with(http.request.uri.path, "/.well-known") and http.host eq "example.com")', 'concat("https://social.example.com", http.request.uri.path)'],
    // Not a shape DNSControl translates: Cloudflare's general wildcard match and replace.
    ['example.com/*/docs/*,https://docs.example.com/$1/$2', 'http.request.full_uri wildcard r"https://example.com/*/docs/*"', 'wildcard_replace(http.request.full_uri, r"https://example.com/*/docs/*", r"https://docs.example.com/${1}/${2}")'],
  ])('%s', (target, when, then) => {
    expect(convertPageRule(cf(target))).toEqual({ name: `301,${target}`, code: 301, when, then });
  });

  it('CF_TEMP_REDIRECT is a 302 named after its code', () => {
    expect(convertPageRule(cf('a.example.com/*,https://b.example.com/$1', 'CF_TEMP_REDIRECT'))).toMatchObject({ code: 302, name: '302,a.example.com/*,https://b.example.com/$1' });
  });

  it.each(['a.example.com:8080/*,https://b.example.com/$1', 'no-comma', ',https://x.example'])('refuses %s', (target) => {
    expect(() => convertPageRule(cf(target))).toThrow();
  });
});
