// OPENSRS against its fake (test/fakes/opensrs), and the OPS envelope both ways.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startOpensrsFake, type OpensrsFake } from '../../../test/fakes/opensrs/server.js';
import { domain } from '../../../test/integration/harness.js';
import { opensrs } from './index.js';
import { signature } from './api.js';
import { opsRequest, parseOps } from './ops.js';

const Z = 'example.com';
let fake: OpensrsFake;
afterEach(async () => { await fake?.close(); });

async function registrar(creds: Record<string, string> = {}) {
  fake = await startOpensrsFake();
  return opensrs.createRegistrar!({ credkey: 'srs', creds: { username: fake.username, apikey: fake.apiKey, base_url: fake.url, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {} });
}
const dc = (...ns: string[]) => domain(Z, [], { nameservers: ns.map((name) => ({ name })) });

describe('OPENSRS', () => {
  it('is a registrar only, and needs username and apikey', () => {
    expect(opensrs.roles).toEqual(['registrar']);
    expect(() => opensrs.createRegistrar!({ credkey: 'srs', creds: { username: 'u' }, meta: {} })).toThrow('srs: OPENSRS needs "apikey" in creds.json');
  });

  it('signs with md5(md5(body + key) + key)', () => {
    const md5 = (s: string) => createHash('md5').update(s).digest('hex');
    expect(signature('<x/>', 'k')).toBe(md5(`${md5('<x/>k')}k`));
    expect(signature('<x/>', 'k')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('reads status then nameservers, assigns the whole list with ADVANCED_UPDATE_NAMESERVERS', async () => {
    const reg = await registrar();
    fake.domains.set(Z, { nameservers: ['NS2.systemdns.com', 'ns1.systemdns.com'], locked: false });
    expect(await reg.getRegistrarCorrections(dc('ns1.systemdns.com.', 'ns2.systemdns.com'))).toEqual([]);
    expect(fake.calls.map((c) => c.attributes.type)).toEqual(['status', 'nameservers']);
    const c = await reg.getRegistrarCorrections(dc('b.example.net', 'a.example.net'));
    expect(c.map((x) => x.msg)).toEqual(['Update nameservers ns1.systemdns.com,ns2.systemdns.com -> a.example.net,b.example.net']);
    await c[0]!.run!();
    expect(fake.calls.at(-1)).toMatchObject({ action: 'ADVANCED_UPDATE_NAMESERVERS', attributes: { domain: Z, op_type: 'assign', assign_ns: ['a.example.net', 'b.example.net'] } });
    expect(fake.domains.get(Z)!.nameservers).toEqual(['a.example.net', 'b.example.net']);
    expect(await reg.getRegistrarCorrections(dc('b.example.net', 'a.example.net'))).toEqual([]);
  });

  it('refuses a locked domain, and reports is_success 0 with its code and text; the key never shows', async () => {
    const reg = await registrar();
    fake.domains.set(Z, { nameservers: ['a.example.net', 'b.example.net'], locked: true });
    await expect(reg.getRegistrarCorrections(dc('c.example.net', 'd.example.net'))).rejects.toThrow(/OPENSRS example\.com: the domain is locked \(lock_state "1"\)/);
    expect(fake.calls.map((c) => c.attributes.type)).toEqual(['status']);
    fake.domains.get(Z)!.locked = false;
    const c = await reg.getRegistrarCorrections(dc('c.example.net'));
    await expect(c[0]!.run!()).rejects.toThrow(/ADVANCED_UPDATE_NAMESERVERS: 465 At least 2 nameservers are required/);
    await expect(reg.getRegistrarCorrections(domain('other.example', [], { nameservers: [{ name: 'a.example.net' }] }))).rejects.toThrow(/GET: 465 Domain other\.example not found/);
    const bad = await opensrs.createRegistrar!({ credkey: 'srs', creds: { username: fake.username, apikey: 'wrong-key-0123456789', base_url: fake.url }, meta: {} });
    const e = String(await bad.getRegistrarCorrections(dc('a.example.net')).catch((x: Error) => x));
    expect(e).toMatch(/GET: 400 Authentication Error\./);
    expect(e).not.toMatch(/wrong-key-0123456789/);
  });
});

describe('OPS envelope', () => {
  it('round-trips assoc, array and escaped text', () => {
    const data = { action: 'GET', attributes: { domain: 'a&b<c>"d"', list: ['x', { name: "o'k" }] } };
    expect(parseOps(opsRequest(data))).toEqual(data);
  });
  it('reads numeric entities and empty items, and refuses what is not OPS', () => {
    expect(parseOps('<OPS_envelope><body><data_block><dt_assoc><item key="a">&#65;&#x42;</item><item key="b"/><item key="c"></item></dt_assoc></data_block></body></OPS_envelope>'))
      .toEqual({ a: 'AB', b: '', c: '' });
    expect(() => parseOps('<html>502 Bad Gateway</html>')).toThrow(/no data_block/);
    expect(() => parseOps('<data_block><dt_assoc><item key="a">x</dt_assoc></data_block>')).toThrow(/expected <\/item>/);
    expect(() => parseOps('<data_block><dt_assoc><foo/></dt_assoc></data_block>')).toThrow(/expected an item/);
  });
});
