// INWX against the fake (test/fakes/inwx).
import { afterEach, describe, expect, it } from 'vitest';
import { startInwxFake, type InwxFake } from '../../../test/fakes/inwx/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import { totpCode } from '../_core/totp.js';
import { inwx } from './index.js';
import { auditInwx } from './audit.js';
import type { InwxProvider } from './provider.js';

const Z = 'example.com';
const NS = ['ns.inwx.de', 'ns2.inwx.de', 'ns3.inwx.eu'];
let fake: InwxFake;
afterEach(async () => { await fake?.close(); });

async function setup(creds: Record<string, string> = {}, o: { tfa?: boolean } = {}) {
  fake = await startInwxFake(o);
  const base = { username: fake.user, password: fake.password, base_url: fake.url, http_retry_base_ms: '1', max_requests_per_second: '0', ...(fake.totpKey ? { 'totp-key': fake.totpKey } : {}) };
  const provider = await inwx.createDns!({ credkey: 'iw', creds: { ...base, ...creds }, meta: {} });
  return { label: 'iw', type: inwx, provider, zone: Z };
}
const stored = () => [...fake.zones.get(Z)!.records.values()];
const withNs = (...r: ReturnType<typeof rec.a>[]) => [...NS.map((n) => rec.ns('@', `${n}.`, 86400)), ...r];
const methods = () => fake.bodies.map((b) => (JSON.parse(b) as { method: string }).method);

describe('INWX', () => {
  it('as a registrar, sets the whole delegation with domain.update in the DNS provider\'s session (one login, one unlock)', async () => {
    fake = await startInwxFake();
    const creds = { username: fake.user, password: fake.password, base_url: fake.url, http_retry_base_ms: '1', max_requests_per_second: '0', 'totp-key': fake.totpKey! };
    const ctx = { credkey: 'iw', creds, meta: {}, shared: new Map<string, unknown>() };
    const dns = await inwx.createDns!(ctx);
    const reg = await inwx.createRegistrar!(ctx);
    await apply({ label: 'iw', type: inwx, provider: dns, zone: Z }, domain(Z, withNs(rec.a('@', '192.0.2.1'))));
    fake.registered.set(Z, ['ns.old.example', 'ns2.old.example']);
    const dc = domain(Z, [], { nameservers: (await dns.getNameservers(Z)).map((name) => ({ name: name.toUpperCase() })) });
    const c = await reg.getRegistrarCorrections(dc);
    expect(c.map((x) => x.msg)).toEqual(['Update nameservers ns.old.example,ns2.old.example -> ns.inwx.de,ns2.inwx.de,ns3.inwx.eu']);
    await c[0]!.run!();
    expect(fake.registered.get(Z)).toEqual(['ns.inwx.de', 'ns2.inwx.de', 'ns3.inwx.eu']);
    expect(await reg.getRegistrarCorrections(dc)).toEqual([]);
    expect(methods().filter((m) => m === 'account.login')).toHaveLength(1);
    expect(methods().filter((m) => m === 'account.unlock')).toHaveLength(1);
    await expect(reg.getRegistrarCorrections(domain('other.example', []))).rejects.toThrow(/not a domain registered at this INWX account/);
    // INWX refuses an empty list (2005); the error says so and nothing changes.
    const none = await reg.getRegistrarCorrections(domain(Z, [], { nameservers: [] }));
    await expect(none[0]!.run!()).rejects.toThrow(/domain.update: Parameter value syntax error: ns: a list of host names is required \(code 2005\)/);
    expect(fake.registered.get(Z)).toEqual(['ns.inwx.de', 'ns2.inwx.de', 'ns3.inwx.eu']);
  });

  it('logs in once with a TOTP unlock, sends targets without the final dot, and reads the records back as configured', async () => {
    const t = await setup();
    const dc = domain(Z, withNs(
      rec.a('@', '192.0.2.1'), rec.cname('www', `${Z}.`), rec.mx('@', 10, `mx.${Z}.`), rec.srv('_sip._tcp', 10, 60, 5060, 'sip.example.net.'),
      rec.caa('@', 0, 'issue', 'letsencrypt.org'), rec.txt('t', 'v=spf1 include:_spf.example.net -all'), rec.ptr('p', 'host.example.net.'),
      rec.alias('al', 'target.example.net.'), rec.sshfp('@', 1, 1, '66c7d5540b7d75a1fb4c84febfa178ad99bdd67c'),
    ));
    await apply(t, dc);
    expect(stored().find((r) => r.type === 'CNAME')).toMatchObject({ name: `www.${Z}`, content: Z });
    expect(stored().find((r) => r.type === 'MX')).toMatchObject({ content: `mx.${Z}`, prio: 10 });
    expect(stored().find((r) => r.type === 'SRV')).toMatchObject({ content: '60 5060 sip.example.net', prio: 10 });
    expect(stored().find((r) => r.type === 'CAA')!.content).toBe('0 issue "letsencrypt.org"');
    expect(stored().find((r) => r.type === 'TXT')!.content).toBe('v=spf1 include:_spf.example.net -all');
    expect(stored().find((r) => r.type === 'PTR')!.content).toBe('host.example.net');
    expect((await apply(t, dc, true)).lines).toEqual([]);
    expect(methods().filter((m) => m === 'account.login')).toHaveLength(1);
    expect(methods().filter((m) => m === 'account.unlock')).toHaveLength(1);
    // The session travels in the cookie only: no body after the login carries the password.
    expect(fake.bodies.filter((b) => b.includes(fake.password))).toHaveLength(1);
  });

  it('a fixed totp code works too; an account without 2FA needs none', async () => {
    fake = await startInwxFake();
    const p = await inwx.createDns!({ credkey: 'iw', creds: { username: fake.user, password: fake.password, totp: totpCode(fake.totpKey!), base_url: fake.url }, meta: {} });
    expect(await p.listZones!()).toEqual([]);
    expect(methods()).toContain('account.unlock');
    await fake.close();
    const t = await setup({}, { tfa: false });
    expect(await t.provider.listZones!()).toEqual([]);
    expect(methods()).not.toContain('account.unlock');
  });

  it('refuses totp and totp-key together, and says so when 2FA is on but neither is given', async () => {
    await expect(setup({ totp: '123456' })).rejects.toThrow(/totp or totp-key in creds.json, not both/);
    await fake.close();
    const t = await setup({ 'totp-key': '' });
    await expect(t.provider.listZones!()).rejects.toThrow(/two-factor authentication: give totp or totp-key/);
  });

  it('a clock 5 minutes off gives a refused TAN with a clear hint, and no secret in the message', async () => {
    const t = await setup();
    (t.provider as InwxProvider).api.now = () => Date.now() + 5 * 60_000;
    const err = (await t.provider.listZones!().catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/INWX: account.unlock: Authentication error: Invalid TAN \(code 2200\) \(the TOTP code was refused: check this machine's clock and totp-key\)/);
    const skewed = totpCode(fake.totpKey!, Date.now() + 5 * 60_000);
    for (const s of [fake.totpKey!, fake.password, skewed, ...fake.sessions.keys()]) expect(`${err.message}${String(err.stack)}`).not.toContain(s);
  });

  it('a wrong password is an authentication error without the password', async () => {
    const t = await setup({ password: 'wrong-password-xyz' });
    const err = (await t.provider.listZones!().catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/INWX: account.login: Authentication error \(code 2200\) \(check username and password\)/);
    expect(String(err.stack)).not.toContain('wrong-password-xyz');
  });

  it('logs in (and unlocks) again when the session has expired, and the write goes through once', async () => {
    const t = await setup();
    await apply(t, domain(Z, withNs(rec.a('a', '192.0.2.1'))));
    fake.expireSessions();
    await apply(t, domain(Z, withNs(rec.a('a', '192.0.2.9'))));
    expect(stored().find((r) => r.type === 'A')!.content).toBe('192.0.2.9');
    expect(methods().filter((m) => m === 'account.login')).toHaveLength(2);
    expect(methods().filter((m) => m === 'account.unlock')).toHaveLength(2);
    expect(methods().filter((m) => m === 'nameserver.updateRecord')).toHaveLength(1);
  });

  it('never sends a write again after no answer, but asks a read once more', async () => {
    const t = await setup({ timeout: '0.2' });
    await apply(t, domain(Z, withNs()));
    fake.faults = { rate: 0, statuses: [], hang: true, match: (r) => r.body.includes('"nameserver.createRecord"') };
    await expect(apply(t, domain(Z, withNs(rec.a('a', '192.0.2.1'))))).rejects.toThrow(/no answer/);
    expect(fake.stats.hung).toBe(1);
    fake.faults = { rate: 0, statuses: [], hang: true, match: (r) => r.body.includes('"nameserver.info"') };
    await expect(t.provider.getZoneRecords(Z)).rejects.toThrow(/no answer/);
    expect(fake.stats.hung).toBe(3);
  });

  it('changes to and from a null MX by deleting and creating; all deletions go first', async () => {
    const t = await setup();
    await apply(t, domain(Z, withNs(rec.mx('@', 10, `mx.${Z}.`), rec.a('old', '192.0.2.1'))));
    fake.bodies.length = 0;
    await apply(t, domain(Z, withNs(rec.mx('@', 0, '.'), rec.a('new', '192.0.2.2'))));
    expect(stored().find((r) => r.type === 'MX')).toMatchObject({ content: '.', prio: 0 });
    const writes = methods().filter((m) => /Record$/.test(m));
    expect(writes).toEqual(['nameserver.deleteRecord', 'nameserver.deleteRecord', 'nameserver.createRecord', 'nameserver.createRecord']);
    expect((await t.provider.getZoneRecords(Z)).find((r) => r.type === 'MX')).toMatchObject({ target: '.', mxpreference: 0 });
  });

  it('creates a zone with INWX\'s NS, lists zones over pages (IDN names in ASCII), sandbox NS, AUTODNSSEC', async () => {
    const t = await setup();
    for (const z of ['a.example', 'bücher.example', 'c.example']) await t.provider.ensureZone!(new URL(`http://${z}`).hostname);
    expect((await (t.provider as InwxProvider).api.zoneNames(2)).sort()).toEqual(['a.example', 'c.example', 'xn--bcher-kva.example']);
    expect(await t.provider.listZones!()).toHaveLength(3);
    expect(await t.provider.getNameservers('a.example')).toEqual(NS);
    const sb = await inwx.createDns!({ credkey: 's', creds: { username: 'u', password: 'p', sandbox: '1' }, meta: {} });
    expect(await sb.getNameservers('x.example')).toEqual(['ns.ote.inwx.de', 'ns2.ote.inwx.de']);
    expect((sb as InwxProvider).api.http.url('/jsonrpc/')).toBe('https://api.ote.domrobot.com/jsonrpc/');
    const idn = 'xn--bcher-kva.example';
    await apply({ ...t, zone: idn }, domain(idn, withNs(), { auto_dnssec: 'on' }));
    expect(fake.zones.get(idn)!.dnssec).toBe('AUTO');
    await apply({ ...t, zone: idn }, domain(idn, withNs(), { auto_dnssec: 'off' }));
    expect(fake.zones.get(idn)!.dnssec).toBe('NONE');
  });

  it.each([
    ['empty TXT', rec.txt('t', ''), /empty TXT/],
    ['TXT with a backtick', rec.txt('t', 'a`b'), /backtick/],
    ['TXT with trailing space', rec.txt('t', 'ab '), /trailing whitespace/],
    ['PTR to "."', rec.ptr('p', '.'), /empty target/],
    ['DS', rec.ds('c', 1, 13, 2, 'AB'), /not implemented/],
    ['LOC', { type: 'LOC', name: 'l', target: '', ttl: 300 }, /cannot store LOC/],
    ['null MX', rec.mx('@', 0, '.'), null],
    ['HTTPS', rec.svc('HTTPS', '@', 1, '.', 'alpn=h2'), null],
  ])('audit: %s', (_n, r, want) => {
    const got = auditInwx([r as never]);
    if (want) expect(got.join()).toMatch(want);
    else expect(got).toEqual([]);
  });
});
