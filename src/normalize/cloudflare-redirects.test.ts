// Cloudflare redirects at config time: what print-ir shows and the Cloudflare provider receives.
import { describe, expect, it } from 'vitest';
import type { DNSConfig, RecordConfig } from '../ir/types.js';
import { normalizeConfig } from './index.js';

const SR = 'CLOUDFLAREAPI_SINGLE_REDIRECT';

function run(records: RecordConfig[], extra: Partial<DNSConfig['domains'][number]> = {}) {
  const cfg: DNSConfig = { registrars: [], dns_providers: [], domains: [{ name: 'foo.com', registrar: 'none', dnsProviders: {}, records, ...extra }] };
  const { errors } = normalizeConfig(cfg);
  return { errors, dc: cfg.domains[0]! };
}
const cf = (type: string, target: string, x: Partial<RecordConfig> = {}): RecordConfig =>
  ({ type, name: '@', target, ttl: 300, meta: { orig_custom_type: type }, ...x });

describe('Cloudflare redirects', () => {
  it('CF_REDIRECT and CF_TEMP_REDIRECT become 301 and 302 single redirects (TTL 1, no orig_custom_type)', () => {
    const { errors, dc } = run([cf('CF_TEMP_REDIRECT', 'test2.foo.com,https://goo.com/$1'), cf('CF_REDIRECT', 'test1.foo.com,https://goo.com/$1')]);
    expect(errors).toEqual([]);
    expect(dc.records).toEqual([
      {
        type: SR, name: '@', name_raw: '@', name_unicode: '@', ttl: 1,
        target: 'name=(301,test1.foo.com,https://goo.com/$1) code=(301) when=(http.host eq "test1.foo.com" and http.request.uri.path eq "/") then=(concat("https://goo.com", http.request.uri.path))',
        fields: expect.objectContaining({ code: 301, sr_name: '301,test1.foo.com,https://goo.com/$1', sr_order: 1 }),
      },
      expect.objectContaining({ type: SR, fields: expect.objectContaining({ code: 302, sr_order: 0 }) }),
    ]);
  });

  it('sorts the records by their text but records the config order; other meta stays', () => {
    const sr = (name: string, meta?: Record<string, string>): RecordConfig =>
      ({ type: SR, name: '@', target: '', ttl: 999, ...(meta ? { meta } : {}), fields: { code: 302, sr_name: name, sr_when: 'w', sr_then: 't' } });
    const { errors, dc } = run([{ type: 'A', name: 'name1', target: '1.2.3.4', ttl: 300 }, sr('namettl'), sr('namemeta', { metanum: '22' })]);
    expect(errors).toEqual([]);
    expect(dc.records.map((r) => [r.type, r.name, r.ttl, (r.fields as { sr_order?: number } | undefined)?.sr_order, r.meta])).toEqual([
      [SR, '@', 1, 1, { metanum: '22' }],
      [SR, '@', 1, 0, undefined],
      ['A', 'name1', 300, undefined, undefined],
    ]);
  });

  it('is idempotent: print-ir output read back (--ir) keeps each rule\'s order', () => {
    const first = run([cf('CF_REDIRECT', 'b.foo.com,https://x.com/'), cf('CF_REDIRECT', 'a.foo.com,https://x.com/')]).dc;
    const again = run(JSON.parse(JSON.stringify(first.records))).dc;
    expect(again.records).toEqual(first.records);
    expect(again.records.map((r) => (r.fields as { sr_order: number }).sr_order)).toEqual([1, 0]);
  });

  it('takes CF_SINGLE_REDIRECT from rawrecords (older IR) after the records', () => {
    const { errors, dc } = run([cf('CF_REDIRECT', 'foo.com,https://x.com/')], {
      rawrecords: [{ type: SR, args: ['r1', '308', 'w', 't'], metas: [{ a: '1' }], ttl: 99 }, { type: 'OTHER', args: [] }],
    });
    expect(errors).toEqual([]);
    expect(dc.rawrecords).toEqual([{ type: 'OTHER', args: [] }]);
    expect(dc.records.find((r) => r.target.startsWith('name=(r1)'))).toMatchObject({ ttl: 1, meta: { a: '1' }, fields: { code: 308, sr_order: 1 } });
  });

  it.each<[string, RecordConfig, RegExp]>([
    ['a pattern with a port', cf('CF_REDIRECT', 'foo.com:8080/,https://x.com/', { filepos: 'dnsconfig.js:2:3' }), /^dnsconfig\.js:2:3: CF_REDIRECT "@" in foo\.com: cannot convert to a single redirect: a port is not supported/],
    ['a single redirect with a bad code', { type: SR, name: '@', target: '', ttl: 1, fields: { code: 404, sr_name: 'n', sr_when: 'w', sr_then: 't' } }, /code must be 301, 302, 303, 307 or 308, got 404/],
  ])('refuses %s', (_n, rc, want) => {
    const { errors } = run([rc]);
    expect(errors.join('\n')).toMatch(want);
  });
});
