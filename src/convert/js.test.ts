import { describe, expect, it } from 'vitest';
import type { RecordConfig } from '../ir/types.js';
import { formatJsZone } from './js.js';

const OPTS = { credkey: 'bind', providerType: 'BIND', leadingCommas: false, defaultTTL: 3600 };
const ns = (target: string, ttl: number): RecordConfig => ({ type: 'NS', name: '@', target, ttl });
const a: RecordConfig = { type: 'A', name: 'www', target: '192.0.2.1', ttl: 3600 };

describe('get-zones js: apex NS', () => {
  it('become live NAMESERVER lines with NAMESERVER_TTL when their TTL is not 300, and no {no_ns}', () => {
    const out = formatJsZone({ name: 'example.com', records: [ns('ns1.example.net.', 86400), ns('ns2.example.org.', 86400), a] }, OPTS);
    expect(out).toBe('\nD("example.com", REG_CHANGEME,\n\tDnsProvider(DSP_BIND),\n\tDefaultTTL(3600),\n\tNAMESERVER_TTL(86400),\n' +
      '\tNAMESERVER("ns1.example.net."),\n\tNAMESERVER("ns2.example.org."),\n\tA("www", "192.0.2.1"),\n);\n');
  });

  it('a TTL of 300 needs no NAMESERVER_TTL; djs puts the commas first', () => {
    const out = formatJsZone({ name: 'example.com', records: [ns('ns1.example.net.', 300)] }, { ...OPTS, leadingCommas: true });
    expect(out).toBe('\nD("example.com", REG_CHANGEME\n\t, DnsProvider(DSP_BIND)\n\t, DefaultTTL(3600)\n\t, NAMESERVER("ns1.example.net.")\n)\n');
  });

  it('different TTLs in the set: the first one\'s, with a comment saying so', () => {
    const out = formatJsZone({ name: 'example.com', records: [ns('ns1.example.net.', 300), ns('ns2.example.net.', 600)] }, OPTS);
    expect(out).toContain('\t// NOTE: the apex NS records have different TTLs; NAMESERVER_TTL sets one for all.\n\tNAMESERVER_TTL(300),\n');
  });

  it('a zone without apex NS keeps {no_ns: "true"}; the root as NS target stays a NAMESERVER', () => {
    expect(formatJsZone({ name: 'example.com', records: [a] }, OPTS)).toContain('\t{no_ns: "true"},\n');
    expect(formatJsZone({ name: 'example.com', records: [ns('.', 300)] }, OPTS)).toContain('\tNAMESERVER("."),\n');
  });
});
