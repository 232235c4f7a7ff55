import { describe, expect, it } from 'vitest';
import type { RecordConfig } from '../../ir/types.js';
import { singleRedirectRecord } from '../../rr/cf-single-redirect.js';
import { auditCloudflare } from './audit.js';

const r = (x: Partial<RecordConfig>): RecordConfig => ({ type: 'A', name: 'www', target: '192.0.2.1', ttl: 300, ...x });

describe('auditCloudflare', () => {
  it.each<[string, Partial<RecordConfig>, RegExp | null]>([
    ['plain A', {}, null],
    ['TTL 1 (automatic)', { ttl: 1 }, null],
    ['TTL 30', { ttl: 30 }, /TTL 30 is out of range/],
    ['TTL 100000', { ttl: 100000 }, /out of range/],
    ['proxied with TTL 30 (TTL is forced to automatic)', { ttl: 30, meta: { cloudflare_proxy: 'on' } }, null],
    ['proxied MX', { type: 'MX', target: 'mx.example.com.', mxpreference: 1, meta: { cloudflare_proxy: 'on' } }, /only A, AAAA and CNAME/],
    ['bad proxy value', { meta: { cloudflare_proxy: 'yes' } }, /must be on, off or full/],
    ['LOC', { type: 'LOC' }, /cannot store LOC/],
    ['ALIAS off the apex', { type: 'ALIAS', target: 'x.example.net.' }, /only at the apex/],
    ['ALIAS at the apex', { type: 'ALIAS', name: '@', target: 'x.example.net.' }, null],
    // Cloudflare stores a null MX (RFC 7505); DNSControl's audit dropped its MxNull rule (last verified 2026-01-21).
    ['null MX', { type: 'MX', target: '.', mxpreference: 0 }, null],
    ['empty TXT (refused by DNSControl\'s audit too)', { type: 'TXT', target: '' }, /empty TXT/],
    ['apex NS (ignored with a note at push, as DNSControl does)', { type: 'NS', name: '@', target: 'ns1.example.net.' }, null],
    ['single redirect', singleRedirectRecord({ name: 'n', code: 308, when: 'true', then: '"https://x.example"' }), null],
    ['single redirect with a bad code', { ...singleRedirectRecord({ name: 'n', code: 301, when: 'w', then: 't' }), fields: { code: 200, sr_name: 'n', sr_when: 'w', sr_then: 't' } }, /code must be 301, 302, 303, 307 or 308, got 200/],
    ['CF_REDIRECT left unconverted (normalize converts it)', { type: 'CF_REDIRECT', name: '@', target: 'a.example.com/*,https://b.example.com/$1' }, /cannot store CF_REDIRECT/],
    ['CF_WORKER_ROUTE', { type: 'CF_WORKER_ROUTE', name: '@', target: 'a.example.com/*,worker' }, /CF_WORKER_ROUTE needs Cloudflare's workers API/],
  ])('%s', (_n, x, want) => {
    const got = auditCloudflare([r(x)]);
    if (want) expect(got.join('\n')).toMatch(want);
    else expect(got).toEqual([]);
  });
});
