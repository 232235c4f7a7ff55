import { describe, expect, it } from 'vitest';
import type { RecordConfig } from '../../ir/types.js';
import { mergeSoa, readDefaultNs, readDefaultSoa } from './soa.js';

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

describe('provider meta that would write a broken zone file is an error naming the provider', () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['refresh not a number', { default_soa: { refresh: 'abc' } }, /NewDnsProvider\("bind"\) meta default_soa\.refresh: "abc" is not a whole number/],
    ['negative serial', { default_soa: { serial: -5 } }, /default_soa\.serial: -5 is not a whole number/],
    ['mbox with a space', { default_soa: { mbox: 'bad mbox' } }, /default_soa\.mbox: "bad mbox" is not a host name/],
    ['default_soa not an object', { default_soa: 'ns1.example.com.' }, /default_soa must be an object/],
    ['default_ns a string', { default_ns: 'ns1.example.com.' }, /default_ns must be a list/],
    ['default_ns entry with two dots', { default_ns: ['ns1..example.com.'] }, /default_ns: "ns1\.\.example\.com\." is not a host name/],
  ])('%s', (_n, meta, re) => {
    expect(() => { readDefaultSoa(meta); readDefaultNs(meta); }).toThrow(re);
  });

  it('accepts numbers given as strings and names without the final dot', () => {
    const meta = { default_soa: { master: 'ns1.example.com', mbox: 'h@example.com', refresh: '7200', retry: 600 }, default_ns: ['ns1.example.com', 'ns2.example.com.'] };
    expect(readDefaultSoa(meta)).toMatchObject({ master: 'ns1.example.com', refresh: 7200, retry: 600 });
    expect(readDefaultNs(meta)).toEqual(['ns1.example.com', 'ns2.example.com']);
  });
});
