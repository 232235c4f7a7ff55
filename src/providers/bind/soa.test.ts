import { describe, expect, it } from 'vitest';
import type { RecordConfig } from '../../ir/types.js';
import { mergeSoa, readDefaultSoa } from './soa.js';

const soa = (f: Partial<RecordConfig>): RecordConfig => ({ type: 'SOA', name: '@', target: '', ttl: 300, ...f });

describe('mergeSoa', () => {
  it('falls back to fixed defaults', () => {
    expect(mergeSoa(undefined, undefined, {})).toMatchObject({
      target: 'DEFAULT_NOT_SET.', soambox: 'DEFAULT_NOT_SET.', soaserial: 1, soarefresh: 3600, soaretry: 600,
      soaexpire: 604800, soaminttl: 1440, ttl: 300,
    });
  });

  it.each<[string, RecordConfig | undefined, RecordConfig | undefined, Record<string, unknown>, Partial<RecordConfig>]>([
    ['desired wins per field', soa({ target: 'ns.desired.', soarefresh: 10 }), soa({ target: 'ns.old.', soarefresh: 20, soaretry: 30 }), { default_soa: { retry: 40 } },
      { target: 'ns.desired.', soarefresh: 10, soaretry: 30 }],
    ['the file beats default_soa', undefined, soa({ soambox: 'admin.old.' }), { default_soa: { mbox: 'x.y.' } }, { soambox: 'admin.old.' }],
    ['default_soa beats fixed values; numbers may be strings', undefined, undefined, { default_soa: { master: 'ns1.example.com', minttl: '60' } },
      { target: 'ns1.example.com.', soaminttl: 60 }],
    ['mbox with @ becomes dotted', soa({ soambox: 'hostmaster@example.com' }), undefined, {}, { soambox: 'hostmaster.example.com.' }],
    ['TTL: default_soa.ttl before the file', undefined, soa({ ttl: 86400 }), { default_soa: { ttl: 3600 } }, { ttl: 3600 }],
    ['TTL: the file before 300', undefined, soa({ ttl: 86400 }), {}, { ttl: 86400 }],
  ])('%s', (_n, desired, existing, meta, want) => {
    expect(mergeSoa(desired, existing, readDefaultSoa(meta))).toMatchObject(want);
  });
});
