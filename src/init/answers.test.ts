import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { answersFromFlags, choosableProviders, defaultCredkey, fallbackValue, secretEnvName, splitDomains } from './answers.js';

describe('init answers', () => {
  it.each([
    ['BIND', 'bind'], ['CLOUDFLAREAPI', 'cloudflare'], ['HETZNER_V2', 'hetzner_v2'], ['AXFRDDNS', 'axfrddns'],
  ])('defaultCredkey(%s) = %s', (type, key) => expect(defaultCredkey(type)).toBe(key));

  it.each([
    [['example.com'], ['example.com']],
    [['Example.COM., b.org', 'c.net d.net'], ['example.com', 'b.org', 'c.net', 'd.net']],
    [[' , '], []],
  ])('splitDomains(%j)', (given, want) => expect(splitDomains(given)).toEqual(want));

  it.each([
    [{ name: 'directory', default: 'zones', help: 'zone files' }, 'zones'],
    [{ name: 'apiKey', secret: true, required: true, help: 'API key' }, '$PDNS_APIKEY'],
    [{ name: 'apikey', secret: true, help: 'API key' }, undefined],
    [{ name: 'accountid', help: 'account' }, undefined],
  ])('fallbackValue(%j)', (field, want) => expect(fallbackValue('pdns', field)).toBe(want));

  it('secretEnvName makes an environment variable name', () => {
    expect(secretEnvName('my-cf', 'api.token')).toBe('MY_CF_API_TOKEN');
  });

  it('offers every DNS provider except NONE', () => {
    const names = choosableProviders().map((p) => p.name);
    expect(names).toContain('BIND');
    expect(names).not.toContain('NONE');
  });

  it.each([
    [{ provider: 'bind', domain: ['a.com,b.com'] }, { providerType: 'BIND', credkey: 'bind', fields: { directory: 'zones', filenameformat: '%c.zone' }, domains: ['a.com', 'b.com'], importZones: false }],
    [{ provider: 'BIND', credkey: 'x', set: ['directory=/srv/dns=1'], import: true }, { providerType: 'BIND', credkey: 'x', fields: { directory: '/srv/dns=1', filenameformat: '%c.zone' }, domains: [], importZones: true }],
  ])('answersFromFlags(%j)', (flags, want) => expect(answersFromFlags(flags)).toEqual(want));

  it.each([
    [{}, /needs --provider/],
    [{ provider: 'NONE' }, /unknown DNS provider type/],
    [{ provider: 'BIND', set: ['nope=1'] }, /has no creds field "nope"/],
    [{ provider: 'POWERDNS' }, /needs --set apiUrl=/],
  ])('answersFromFlags(%j) is a usage error', (flags, message) => {
    expect(() => answersFromFlags(flags)).toThrow(UsageError);
    expect(() => answersFromFlags(flags)).toThrow(message);
  });
});
