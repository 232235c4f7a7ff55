import { describe, expect, it } from 'vitest';
import { providerType, requireCreds } from './creds.js';
import type { CredsField } from '../types.js';

const type = (credsFields: CredsField[]) => ({ name: 'EXAMPLE', credsFields });
const ctx = (creds: Record<string, string>) => ({ credkey: 'ex', creds, meta: {} });

describe('requireCreds', () => {
  it('names the creds entry, the type and every missing required field', () => {
    const t = type([{ name: 'a', required: true, help: 'x' }, { name: 'b', required: true, help: 'x' }, { name: 'c', required: true, help: 'x' }, { name: 'd', help: 'x' }]);
    expect(() => requireCreds(t, ctx({}))).toThrow('ex: EXAMPLE needs "a", "b" and "c" in creds.json');
    expect(() => requireCreds(t, ctx({ a: '1', c: '' }))).toThrow('ex: EXAMPLE needs "b" and "c" in creds.json');
    expect(() => requireCreds(t, ctx({ a: '1', b: '2', c: '3' }))).not.toThrow();
  });

  it('accepts the stand-ins of a field that is required unless they are given', () => {
    const t = type([{ name: 'token', requiredUnless: ['key', 'user'], help: 'x' }, { name: 'key', help: 'x' }, { name: 'user', help: 'x' }]);
    expect(() => requireCreds(t, ctx({ key: 'k' }))).toThrow('ex: EXAMPLE needs "token" (or "key" and "user") in creds.json');
    expect(() => requireCreds(t, ctx({ key: 'k', user: 'u' }))).not.toThrow();
    expect(() => requireCreds(t, ctx({ token: 't' }))).not.toThrow();
  });

  it('runs before the factory of a type made with providerType()', () => {
    let made = 0;
    const t = providerType({ name: 'EXAMPLE', roles: ['dns'], capabilities: {}, diffMode: 'record', credsFields: [{ name: 'a', required: true, help: 'x' }],
      createDns: () => { made++; return { getNameservers: async () => [], getZoneRecords: async () => [], getCorrections: async () => [] }; } });
    expect(() => t.createDns!(ctx({}))).toThrow(/needs "a"/);
    expect(made).toBe(0);
  });
});

describe('values of a declared kind', () => {
  const t = type([{ name: 'url', kind: 'url', help: 'x' }, { name: 'n', kind: 'number', help: 'x' }, { name: 's', kind: 'seconds', help: 'x' },
    { name: 'key', kind: 'url', secret: true, help: 'x' }]);
  it('are checked when given, naming the entry, the type and the field', () => {
    expect(() => requireCreds(t, ctx({ url: 'not a url' }))).toThrow('ex: EXAMPLE\'s "url" in creds.json must be an http:// or https:// URL, not "not a url"');
    expect(() => requireCreds(t, ctx({ url: 'ftp://example.com/' }))).toThrow(/"url" in creds\.json must be an http/);
    expect(() => requireCreds(t, ctx({ n: 'ten' }))).toThrow('ex: EXAMPLE\'s "n" in creds.json must be a number (0 or more), not "ten"');
    expect(() => requireCreds(t, ctx({ n: '-1' }))).toThrow(/"n" in creds\.json must be a number/);
    expect(() => requireCreds(t, ctx({ s: '0' }))).toThrow('ex: EXAMPLE\'s "s" in creds.json must be a positive number of seconds, not "0"');
    expect(() => requireCreds(t, ctx({ url: 'http://127.0.0.1:8081', n: '0', s: '0.5' }))).not.toThrow();
    expect(() => requireCreds(t, ctx({ url: '', n: '' }))).not.toThrow();
  });
  it('never show a secret\'s value', () => {
    let message = '';
    try { requireCreds(t, ctx({ key: 'hunter2 secret' })); } catch (e) { message = (e as Error).message; }
    expect(message).toBe('ex: EXAMPLE\'s "key" in creds.json must be an http:// or https:// URL');
  });
});
