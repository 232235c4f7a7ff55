// CNR and HEXONET against their fakes (test/fakes/cnr, test/fakes/hexonet: one protocol).
import { afterEach, describe, expect, it } from 'vitest';
import { startCnrFake, type CnrFake } from '../../../test/fakes/cnr/server.js';
import { startHexonetFake } from '../../../test/fakes/hexonet/server.js';
import { domain } from '../../../test/integration/harness.js';
import { cnr } from './index.js';
import { hexonet } from '../hexonet/index.js';
import { parseResponse } from './api.js';

const Z = 'example.com';
let fake: CnrFake;
afterEach(async () => { await fake?.close(); });

const dc = (...ns: string[]) => domain(Z, [], { nameservers: ns.map((name) => ({ name })) });
const FLAVOURS = [
  { type: cnr, start: () => startCnrFake(), entity: 'LIVE' },
  // The HEXONET fake refuses a call without s_entity 54cd or 1234.
  { type: hexonet, start: () => startHexonetFake(), entity: 'OTE' },
] as const;

describe.each(FLAVOURS)('$type.name', ({ type, start, entity }) => {
  async function registrar(creds: Record<string, string> = {}) {
    fake = await start();
    return type.createRegistrar!({ credkey: 'r', creds: { apilogin: fake.login, apipassword: fake.password, apientity: entity, base_url: `${fake.url}/api/call.cgi`, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {} });
  }

  it('is a registrar only; apientity is LIVE or OTE', async () => {
    expect(type.roles).toEqual(['registrar']);
    expect(type.createDns).toBeUndefined();
    await expect(registrar({ apientity: 'TEST' })).rejects.toThrow(/apientity must be "LIVE" or "OTE"/);
  });

  it('reads StatusDomain NAMESERVER, sets the whole list with one ModifyDomain NAMESERVER0…n', async () => {
    const reg = await registrar();
    fake.domains.set(Z, { nameservers: ['NS2.example.net', 'ns1.example.net'] });
    expect(await reg.getRegistrarCorrections(dc('ns1.example.net.', 'ns2.example.net'))).toEqual([]);
    const c = await reg.getRegistrarCorrections(dc('ns3.example.org', 'ns1.example.net', 'ns2.example.org'));
    expect(c.map((x) => x.msg)).toEqual(['Update nameservers ns1.example.net,ns2.example.net -> ns1.example.net,ns2.example.org,ns3.example.org']);
    await c[0]!.run!();
    expect(fake.commands.at(-1)).toEqual({ COMMAND: 'ModifyDomain', DOMAIN: Z, NAMESERVER0: 'ns1.example.net', NAMESERVER1: 'ns2.example.org', NAMESERVER2: 'ns3.example.org' });
    expect(fake.domains.get(Z)!.nameservers).toEqual(['ns1.example.net', 'ns2.example.org', 'ns3.example.org']);
    expect(await reg.getRegistrarCorrections(dc('ns3.example.org', 'ns1.example.net', 'ns2.example.org'))).toEqual([]);
  });

  it('sends HEXONET\'s ipaddress as s_remoteaddr (CNR has no such key)', async () => {
    const reg = await registrar(type.name === 'HEXONET' ? { ipaddress: '192.0.2.7' } : {});
    fake.domains.set(Z, { nameservers: ['a.example.net', 'b.example.net'] });
    await reg.getRegistrarCorrections(dc('a.example.net', 'b.example.net'));
    expect(fake.remoteAddr).toBe(type.name === 'HEXONET' ? '192.0.2.7' : undefined);
    expect(type.credsFields.some((f) => f.name === 'ipaddress')).toBe(type.name === 'HEXONET');
  });

  it('a code other than 200 is an error with code and description; 421 is retried; the password never shows', async () => {
    const reg = await registrar();
    await expect(reg.getRegistrarCorrections(dc('a.example.net'))).rejects.toThrow(new RegExp(`${type.name} example\\.com: StatusDomain: 545 Entity reference not found`));
    fake.domains.set(Z, { nameservers: ['a.example.net', 'b.example.net'] });
    fake.faults = { rate: 1, statuses: [429], match: () => fake.stats.faults < 2 };
    expect(await reg.getRegistrarCorrections(dc('a.example.net', 'b.example.net'))).toEqual([]);
    expect(fake.stats.faults).toBe(2);
    fake.faults = { rate: 0, statuses: [] };
    const c = await reg.getRegistrarCorrections(dc('bad_name.example', 'b.example.net'));
    await expect(c[0]!.run!()).rejects.toThrow(/ModifyDomain: 505 Invalid attribute value syntax/);
    const bad = await type.createRegistrar!({ credkey: 'r', creds: { apilogin: 'x', apipassword: 'hunter2-secret', base_url: `${fake.url}/api/call.cgi` }, meta: {} });
    const e = String(await bad.getRegistrarCorrections(dc('a.example.net')).catch((x: Error) => x));
    expect(e).toMatch(/StatusDomain: 531 Authorization failed/);
    expect(e).not.toMatch(/hunter2-secret/);
  });
});

describe('CNR answer parsing', () => {
  it('reads both spellings, and refuses text that is not an answer', () => {
    expect(parseResponse('[RESPONSE]\ncode = 200\ndescription = ok\nproperty[nameserver][1] = b\nproperty[nameserver][0] = a\nEOF\n'))
      .toEqual({ code: 200, description: 'ok', properties: new Map([['NAMESERVER', ['a', 'b']]]) });
    expect(parseResponse('[RESPONSE]\r\nCODE=545\r\nDESCRIPTION=Entity reference not found\r\nEOF')?.code).toBe(545);
    expect(parseResponse('<html>bad gateway</html>')).toBeUndefined();
    expect(parseResponse('code = two hundred')).toBeUndefined();
  });
});
