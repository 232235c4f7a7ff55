// POWERDNS against a live pdns_server (gsqlite3): zone creation, every type, modify/delete, IGNORE and
// NO_PURGE, idempotency, split PATCHes and faults; what it serves is checked with dig.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startServer, skipReason, dig, freePorts, type RunningServer } from '../../../test/servers/servers.js';
import { pushZone, pendingChanges, rec, domain, allTypes, moreTypes, LONG_TXT } from '../../../test/live/harness.js';
import { powerdns } from './index.js';
import { splitPatches } from './provider.js';
import { ProviderError } from '../../errors.js';
import { diffZone } from '../../diff/diff.js';
import type { DnsProvider } from '../types.js';

const ZONE = 'example.test';
const REV = '2.0.192.in-addr.arpa';
const skip = skipReason('pdns');

describe('POWERDNS on pdns_server', () => {
  let srv: RunningServer;
  let base: string;
  let deadPort: number;
  const provider = (creds: Record<string, string> = {}, meta: Record<string, unknown> = {}) => powerdns.createDns!({
    credkey: 'pdns', creds: { apiUrl: base, apiKey: srv.env.API_KEY!, ...creds },
    meta: { default_ns: [`ns1.${ZONE}.`], ...meta },
  }) as Promise<DnsProvider>;
  beforeAll(async () => {
    if (skip) return;
    srv = await startServer('pdns');
    base = `http://127.0.0.1:${srv.env.API_PORT}`;
    deadPort = await freePorts(1);
  });
  afterAll(async () => { await srv?.stop(); });

  it.skipIf(skip)('creates the zone and every type, then a second push has 0 changes', async () => {
    const p = await provider();
    const dc = domain(ZONE, allTypes(ZONE));
    expect(await pushZone(powerdns, p, dc)).toBeGreaterThan(10);
    expect(await pendingChanges(powerdns, p, dc)).toBe(0);
    expect(await p.listZones!()).toContain(ZONE);
    expect(await dig(srv.port, `www.${ZONE}`, 'A')).toEqual(['192.0.2.1', '192.0.2.2']);
    expect((await dig(srv.port, `long.${ZONE}`, 'TXT')).join('').replace(/" "/g, '').replace(/"/g, '')).toBe(LONG_TXT);
    expect(await dig(srv.port, ZONE, 'CAA')).toEqual(['0 issue "letsencrypt.org"', '128 iodef "mailto:sec@example.net"']);
    expect(await dig(srv.port, `_sip._tcp.${ZONE}`, 'SRV')).toEqual([`10 60 5060 www.${ZONE}.`]);
    expect(await dig(srv.port, `_443._tcp.www.${ZONE}`, 'TLSA')).toHaveLength(1);
    expect(await dig(srv.port, `www.${ZONE}`, 'SSHFP')).toHaveLength(1);
    expect(await dig(srv.port, `sub.${ZONE}`, 'DS')).toHaveLength(1);
  });

  it.skipIf(skip)('modifies a value and a TTL and deletes, then 0 changes', async () => {
    const p = await provider();
    const recs = allTypes(ZONE).filter((r) => !(r.name === 'www' && r.type === 'SSHFP'));
    recs.find((r) => r.name === 'www' && r.target === '192.0.2.2')!.target = '192.0.2.3';
    recs.find((r) => r.name === 'mail')!.ttl = 900;
    const dc = domain(ZONE, recs);
    expect(await pushZone(powerdns, p, dc)).toBe(3);
    expect(await pendingChanges(powerdns, p, dc)).toBe(0);
    expect(await dig(srv.port, `www.${ZONE}`, 'A')).toEqual(['192.0.2.1', '192.0.2.3']);
    expect(await dig(srv.port, `www.${ZONE}`, 'SSHFP')).toEqual([]);
    expect((await p.getZoneRecords(ZONE)).find((r) => r.name === 'mail')!.ttl).toBe(900);
  });

  it.skipIf(skip)('stores NAPTR, DNAME, SMIMEA, OPENPGPKEY, DHCID, SVCB, HTTPS and reads them back unchanged', async () => {
    const dc = domain(ZONE, [...allTypes(ZONE), ...moreTypes(ZONE, true)]);
    await pushZone(powerdns, await provider(), dc);
    expect(await pendingChanges(powerdns, await provider(), dc)).toBe(0);
    expect(await dig(srv.port, `sip.${ZONE}`, 'NAPTR')).toEqual([`100 10 "S" "SIP+D2U" "" _sip._udp.${ZONE}.`]);
    expect(await dig(srv.port, `moved.${ZONE}`, 'DNAME')).toEqual([`elsewhere.${ZONE}.`]);
    expect(await dig(srv.port, `pgp.${ZONE}`, 'OPENPGPKEY')).toHaveLength(1);
  });

  it.skipIf(skip)('stores a LUA record and reads it back unchanged', async () => {
    const lua = rec(ZONE, 'lua', 'LUA', `A "ifportup(443, {'192.0.2.1','192.0.2.2'})"`);
    const dc = domain(ZONE, [...allTypes(ZONE), lua]);
    await pushZone(powerdns, await provider(), dc);
    expect(await pendingChanges(powerdns, await provider(), dc)).toBe(0);
    // Stored through the API; serving it would need enable-lua-records=yes, which the test server leaves off.
    expect((await (await provider()).getZoneRecords(ZONE)).filter((r) => r.type === 'LUA')).toMatchObject([{ name: 'lua', luartype: 'A', target: lua.target }]);
  });

  it.skipIf(skip)('creates a reverse zone with PTR records', async () => {
    const p = await provider();
    const dc = domain(REV, [rec(REV, '@', 'NS', `ns1.${ZONE}.`), rec(REV, '1', 'PTR', `www.${ZONE}.`)]);
    await pushZone(powerdns, p, dc);
    expect(await pendingChanges(powerdns, p, dc)).toBe(0);
    expect(await dig(srv.port, `1.${REV}`, 'PTR')).toEqual([`www.${ZONE}.`]);
  });

  it.skipIf(skip)('leaves foreign records alone with NO_PURGE and IGNORE', async () => {
    const p = await provider();
    await pushZone(powerdns, p, domain(ZONE, [...allTypes(ZONE), rec(ZONE, 'foreign', 'A', '192.0.2.99'), rec(ZONE, 'ign', 'TXT', '"keep me"')]));
    expect(await pushZone(powerdns, p, domain(ZONE, allTypes(ZONE), { keepunknown: true }))).toBe(0);
    expect(await dig(srv.port, `foreign.${ZONE}`, 'A')).toEqual(['192.0.2.99']);
    const dcIgnore = domain(ZONE, [...allTypes(ZONE), rec(ZONE, 'foreign', 'A', '192.0.2.99')], {
      unmanaged: [{ label_pattern: 'ign', rType_pattern: '*', target_pattern: '*' }],
    });
    expect(await pushZone(powerdns, p, dcIgnore)).toBe(0);
    expect(await dig(srv.port, `ign.${ZONE}`, 'TXT')).toEqual(['"keep me"']);
  });

  it.skipIf(skip)('AUTODNSSEC_ON signs the zone (DNSKEY served), AUTODNSSEC_OFF removes the keys; each then has nothing to do', async () => {
    const p = await provider();
    const SEC = 'autodnssec.test';
    const records = [rec(SEC, '@', 'NS', `ns1.${ZONE}.`), rec(SEC, 'www', 'A', '192.0.2.8')];
    await pushZone(powerdns, p, domain(SEC, records)); // the zone and its records, DNSSEC left alone
    const dnssec = async (state: 'on' | 'off' | '') => {
      const dc = domain(SEC, records, { auto_dnssec: state });
      const existing = await p.getZoneRecords(SEC, dc);
      const diff = diffZone(dc, existing, { mode: 'recordset' });
      return p.getCorrections(dc, existing, diff.changes, diff.actualChangeCount);
    };
    expect(await dnssec('')).toEqual([]);
    const on = await dnssec('on');
    expect(on.map((c) => [c.msg, c.countsAsChange])).toEqual([[`± ENABLE DNSSEC ${SEC} (a CSK: PowerDNS signs the zone)`, true]]);
    await on[0]!.run!();
    expect((await dig(srv.port, SEC, 'DNSKEY')).length).toBeGreaterThan(0);
    expect(await dnssec('on')).toEqual([]);
    const off = await dnssec('off');
    expect(off.map((c) => c.msg)).toEqual([`± DISABLE DNSSEC ${SEC} (removes its 1 key)`]);
    await off[0]!.run!();
    expect(await dig(srv.port, SEC, 'DNSKEY')).toEqual([]);
    expect(await dnssec('off')).toEqual([]);
  });

  it.skipIf(skip)('stores ALIAS (as DNSControl allows on PowerDNS) and reads it back unchanged', async () => {
    const p = await provider();
    const AL = 'alias.test';
    // The NS set as PowerDNS creates it from default_ns (its default-ttl, 3600): only the ALIAS is new.
    const dc = domain(AL, [rec(AL, '@', 'NS', `ns1.${ZONE}.`, 3600), { type: 'ALIAS', name: '@', target: 'lb.example.net.', ttl: 300 }]);
    expect(await pushZone(powerdns, p, dc)).toBe(1);
    expect(await pendingChanges(powerdns, p, dc)).toBe(0);
    const res = await fetch(`${base}/api/v1/servers/localhost/zones/${AL}.`, { headers: { 'X-API-Key': srv.env.API_KEY! } });
    const z = await res.json() as { rrsets: Array<{ type: string; records: Array<{ content: string }> }> };
    expect(z.rrsets.filter((r) => r.type === 'ALIAS').map((r) => r.records.map((x) => x.content))).toEqual([['lb.example.net.']]);
  });

  it.skipIf(skip)('creates zones with the meta zone_kind, soa_edit_api and dnssec_on_create', async () => {
    const p = await provider({}, { default_ns: ['ns1.signed.test.', 'ns2.signed.test.'], zone_kind: 'Master', soa_edit_api: 'INCEPTION-INCREMENT', dnssec_on_create: true });
    const dc = domain('signed.test', [rec('signed.test', '@', 'NS', 'ns1.signed.test.'), rec('signed.test', '@', 'NS', 'ns2.signed.test.'), rec('signed.test', 'www', 'A', '192.0.2.8')]);
    // www, plus the TTL of the NS set PowerDNS created from default_ns (its default-ttl, 3600).
    expect(await pushZone(powerdns, p, dc)).toBe(2);
    expect(await pendingChanges(powerdns, p, dc)).toBe(0);
    const res = await fetch(`${base}/api/v1/servers/localhost/zones/signed.test.`, { headers: { 'X-API-Key': srv.env.API_KEY! } });
    const z = await res.json() as { kind: string; soa_edit_api: string; dnssec: boolean };
    expect(z).toMatchObject({ kind: 'Master', soa_edit_api: 'INCEPTION-INCREMENT', dnssec: true });
    const { execFile } = await import('node:child_process');
    const signed = await new Promise<string>((res2, rej) => execFile('dig', ['+dnssec', '+norecurse', '@127.0.0.1', '-p', String(srv.port), 'www.signed.test', 'A'], (e, out) => (e ? rej(e) : res2(out))));
    expect(signed).toMatch(/RRSIG\s+A /);
  });

  it.skipIf(skip).each([
    ['a wrong API key', () => ({ apiKey: 'wrong-key' }), /HTTP 401/],
    ['the server down', () => ({ apiUrl: `http://127.0.0.1:${deadPort}` }), /ECONNREFUSED/],
  ])('stops with a clear error for %s, no key shown', async (_n, creds, re) => {
    const p = await provider(creds());
    const err = await pushZone(powerdns, p, domain(ZONE, [...allTypes(ZONE), rec(ZONE, 'new', 'A', '192.0.2.77')])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect((err as Error).message).toMatch(re);
    expect((err as Error).message).not.toContain(srv.env.API_KEY);
    expect(await dig(srv.port, `new.${ZONE}`, 'A')).toEqual([]);
  });

  it.skipIf(skip)('reports a 422 clearly and leaves the zone as it was', async () => {
    const p = await provider();
    const dc = domain(ZONE, [...allTypes(ZONE), rec(ZONE, 'good', 'A', '192.0.2.5')]);
    const existing = await p.getZoneRecords(ZONE);
    const diff = diffZone(dc, existing, { mode: 'recordset' });
    // A CNAME next to existing data is refused with 422 by PowerDNS; the whole PATCH is one transaction.
    diff.changes.push({ kind: 'create', key: { nameFQDN: `www.${ZONE}`, type: 'CNAME' }, old: [], new: [rec(ZONE, 'www', 'CNAME', `x.${ZONE}.`)], msgs: [`+ CREATE www.${ZONE} CNAME x.${ZONE}.`] });
    const corr = await p.getCorrections(dc, existing, diff.changes, diff.actualChangeCount);
    const err = await corr.at(-1)!.run!().catch((e: unknown) => e) as ProviderError;
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toMatch(/HTTP 422 .*[Cc]onflict/);
    expect(err.message).toContain('nothing was applied');
    expect(await dig(srv.port, `good.${ZONE}`, 'A')).toEqual([]);
  });

  it.skipIf(skip)('splits a PATCH larger than the body limit and says which part failed', async () => {
    const p = await provider({ maxBodySizeMB: '0.08' });
    const many = Array.from({ length: 600 }, (_, i) => rec(ZONE, `n${i}`, 'TXT', `"${'y'.repeat(40)} ${i}"`));
    const dc = domain(ZONE, [...allTypes(ZONE), ...many]);
    const existing = await p.getZoneRecords(ZONE);
    const diff = diffZone(dc, existing, { mode: 'recordset' });
    diff.changes.push({ kind: 'create', key: { nameFQDN: `www.${ZONE}`, type: 'CNAME' }, old: [], new: [rec(ZONE, 'www', 'CNAME', `x.${ZONE}.`)], msgs: ['+ CREATE bad CNAME'] });
    const corr = (await p.getCorrections(dc, existing, diff.changes, diff.actualChangeCount)).filter((c) => c.run);
    expect(corr).toHaveLength(2);
    await corr[0]!.run!();
    const err = await corr[1]!.run!().catch((e: unknown) => e) as ProviderError;
    expect(err.message).toMatch(/PATCH 2 of 2: .*HTTP 422.*; \d+ of \d+ rrset changes were applied by earlier PATCH requests/);
    expect(err.details.notApplied).toContain('+ CREATE bad CNAME');
    expect(await dig(srv.port, `n0.${ZONE}`, 'TXT')).toHaveLength(1);
    expect(await pushZone(powerdns, p, dc)).toBeGreaterThan(0);
    expect(await pendingChanges(powerdns, p, dc)).toBe(0);
  });
});

describe('splitPatches', () => {
  it.each([[10, 1_000_000, 1], [1000, 20_000, 7]])('%i rrsets under %i bytes → %i bodies', (n, max, parts) => {
    const rrsets = Array.from({ length: n }, (_, i) => ({ name: `n${i}.example.test.`, type: 'A', changetype: 'REPLACE' as const, ttl: 300, records: [{ content: '192.0.2.1', disabled: false }] }));
    const out = splitPatches(rrsets, max);
    expect(out).toHaveLength(parts);
    expect(out.flat().map((j) => JSON.parse(j))).toEqual(rrsets);
    for (const b of out) expect(`{"rrsets":[${b.join(',')}]}`.length).toBeLessThanOrEqual(max);
  });
});
