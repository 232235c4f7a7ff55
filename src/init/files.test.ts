import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import type { InitAnswers } from './answers.js';
import { mergeCreds, providerVar, starterConfig } from './files.js';

const bind: InitAnswers = { providerType: 'BIND', credkey: 'bind', fields: { directory: 'zones' }, domains: ['example.com'], importZones: false };

describe('init files', () => {
  it.each([
    [undefined, { bind: { TYPE: 'BIND', directory: 'zones' }, none: { TYPE: 'NONE' } }],
    ['', { bind: { TYPE: 'BIND', directory: 'zones' }, none: { TYPE: 'NONE' } }],
    ['{"none":{"TYPE":"NONE","x":"1"},"o":{"TYPE":"X"}}', { none: { TYPE: 'NONE', x: '1' }, o: { TYPE: 'X' }, bind: { TYPE: 'BIND', directory: 'zones' } }],
  ])('mergeCreds(%j)', (existing, want) => {
    const text = mergeCreds(existing, bind, 'creds.json', false);
    expect(JSON.parse(text)).toEqual(want);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it.each([
    ['{"bind":{"TYPE":"BIND"}}', /already has "bind"/],
    ['// c\n{}', /not plain JSON/],
  ])('mergeCreds refuses %j', (existing, message) => {
    expect(() => mergeCreds(existing, bind, 'creds.json', false)).toThrow(UsageError);
    expect(() => mergeCreds(existing, bind, 'creds.json', false)).toThrow(message);
  });

  it('mergeCreds replaces a credkey when told to', () => {
    expect(JSON.parse(mergeCreds('{"bind":{"TYPE":"BIND","directory":"old"}}', bind, 'c', true)).bind).toEqual({ TYPE: 'BIND', directory: 'zones' });
  });

  it.each([['bind', 'DSP_BIND'], ['my-cf', 'DSP_MY_CF'], ['1st', 'DSP__1ST']])('providerVar(%s) = %s', (k, v) => {
    expect(providerVar(k)).toBe(v);
  });

  it('starterConfig: one D() per domain, providers declared, no typings reference for .js', () => {
    const text = starterConfig({ ...bind, domains: ['example.com', 'example.net'] }, false);
    expect(text).toContain('var REG_NONE = NewRegistrar("none");');
    // BIND writes the SOA and apex NS itself: the starter gives it placeholders, so named loads the zone.
    expect(text).toContain('var DSP_BIND = NewDnsProvider("bind", {\n    default_soa: { master: "ns1.example.com.", mbox: "hostmaster.example.com." },\n    default_ns: ["ns1.example.net.", "ns2.example.net."],\n});');
    expect(text.match(/^D\("example\.(com|net)", REG_NONE, DnsProvider\(DSP_BIND\),$/gm)).toHaveLength(2);
    expect(text).not.toContain('<reference');
  });

  it('starterConfig: other providers are declared by credkey alone', () => {
    const text = starterConfig({ ...bind, providerType: 'POWERDNS', credkey: 'pdns', domains: ['example.com'] }, false);
    expect(text).toContain('var DSP_PDNS = NewDnsProvider("pdns");');
  });

  it('starterConfig: no domains gives a commented example; .ts gets the typings reference first', () => {
    const text = starterConfig({ ...bind, domains: [] }, true);
    expect(text.startsWith('/// <reference path="types-dnscontrol.d.ts" />\n')).toBe(true);
    expect(text).not.toMatch(/^D\(/m);
    expect(text).toContain('// D("example.com", REG_NONE, DnsProvider(DSP_BIND),');
  });
});
