import { describe, expect, it } from 'vitest';
import type { RecordConfig } from '../../ir/types.js';
import { fromNative, nativeKey, parseQuoted, quoteTxt, toNative } from './convert.js';

const Z = 'example.com';
const r = (x: Partial<RecordConfig> & { type: string }): RecordConfig => ({ name: '@', target: '', ttl: 300, ...x });

describe('toNative → fromNative round trip', () => {
  it.each<[string, RecordConfig, Record<string, unknown>]>([
    ['A', r({ type: 'A', name: 'www', target: '192.0.2.1' }), { name: 'www.example.com', content: '192.0.2.1' }],
    ['CNAME', r({ type: 'CNAME', name: 'w', target: 'www.example.com.' }), { content: 'www.example.com' }],
    ['MX', r({ type: 'MX', target: 'mx.example.net.', mxpreference: 10 }), { content: 'mx.example.net', priority: 10 }],
    ['TXT', r({ type: 'TXT', target: 'say "hi"' }), { content: '"say \\"hi\\""' }],
    ['SRV', r({ type: 'SRV', name: '_sip._tcp', target: 'sip.example.com.', srvpriority: 1, srvweight: 2, srvport: 3 }), { data: { priority: 1, weight: 2, port: 3, target: 'sip.example.com' } }],
    ['CAA', r({ type: 'CAA', target: 'letsencrypt.org', caaflag: 0, caatag: 'issue' }), { data: { flags: 0, tag: 'issue', value: 'letsencrypt.org' } }],
    ['TLSA', r({ type: 'TLSA', target: 'ab', tlsausage: 3, tlsaselector: 1, tlsamatchingtype: 1 }), { data: { usage: 3, selector: 1, matching_type: 1, certificate: 'ab' } }],
    ['ALIAS → apex CNAME', r({ type: 'ALIAS', target: 'lb.example.net.' }), { type: 'CNAME', content: 'lb.example.net' }],
  ])('%s', (_n, rc, wire) => {
    const n = toNative(rc, Z);
    expect(n).toMatchObject(wire);
    // Proxiable types read back with an explicit proxy setting.
    const want = ['A', 'AAAA', 'CNAME'].includes(n.type) ? { ...rc, meta: { cloudflare_proxy: 'off' } } : rc;
    expect(fromNative({ ...n, id: 'x' }, Z)).toEqual(want);
  });

  it.each([
    [{ cloudflare_proxy: 'on' }, {}, true, 1],
    [{ cloudflare_proxy: 'full' }, {}, true, 1],
    [{}, { cloudflare_proxy_default: 'on' }, true, 1],
    [{ cloudflare_proxy: 'off' }, { cloudflare_proxy_default: 'on' }, false, 300],
    [{}, {}, false, 300],
  ])('proxy meta %o with domain meta %o → proxied=%s ttl=%i', (meta, dmeta, proxied, ttl) => {
    const n = toNative(r({ type: 'A', target: '192.0.2.1', meta }), Z, dmeta);
    expect(n.proxied).toBe(proxied);
    expect(n.ttl).toBe(ttl);
  });

  it('carries CF_COMMENT, CF_TAGS and CNAME flattening both ways', () => {
    const rc = r({ type: 'CNAME', name: 'x', target: 'y.example.net.', meta: { cloudflare_comment: 'owned by web', cloudflare_tags: 'team:web,env:prod', cloudflare_cname_flatten: 'on' } });
    const n = toNative(rc, Z);
    expect(n).toMatchObject({ comment: 'owned by web', tags: ['team:web', 'env:prod'], settings: { flatten_cname: true } });
    expect(fromNative(n, Z).meta).toEqual({ ...rc.meta, cloudflare_proxy: 'off' });
  });
});

describe('TXT quoting', () => {
  it.each([
    ['short', '"short"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['x'.repeat(300), `"${'x'.repeat(255)}" "${'x'.repeat(45)}"`],
  ])('%s', (text, quoted) => {
    expect(quoteTxt(text)).toBe(quoted);
    expect(parseQuoted(quoted).join('')).toBe(text);
  });
  it('matches a record whatever the chunking', () => {
    expect(nativeKey({ type: 'TXT', name: 'a.example.com', content: '"ab" "c"', ttl: 1 })).toBe(nativeKey({ type: 'TXT', name: 'a.example.com', content: '"abc"', ttl: 300 }));
  });
});
