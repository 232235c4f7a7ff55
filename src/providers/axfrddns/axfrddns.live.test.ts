// AXFRDDNS against live BIND and Knot: create, modify (value, TTL), delete, every type, IGNORE/NO_PURGE,
// idempotency, faults; what the server serves is checked with dig.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startServer, skipReason, dig, type RunningServer, type ServerKind } from '../../../test/servers/servers.js';
import { pushZone, pendingChanges, rec, domain, allTypes, moreTypes, LONG_TXT } from '../../../test/live/harness.js';
import { axfrddns } from './index.js';
import { ProviderError } from '../../errors.js';
import type { DnsProvider } from '../types.js';

const ZONE = 'example.test';
const REV = '2.0.192.in-addr.arpa';
const keySpec = (s: RunningServer, secret = s.env.TSIG_SECRET!) => `${s.env.TSIG_ALG}:${s.env.TSIG_NAME}:${secret}`;
const provider = (s: RunningServer, creds: Record<string, string> = {}) => axfrddns.createDns!({
  credkey: 'ddns', meta: {},
  creds: { master: `127.0.0.1:${s.port}`, nameservers: `ns1.${ZONE}`, 'transfer-key': keySpec(s), 'update-key': keySpec(s), ...creds },
}) as Promise<DnsProvider>;

describe.each<ServerKind>(['bind', 'knot'])('AXFRDDNS on %s', (kind) => {
  const skip = skipReason(kind);
  let srv: RunningServer;
  let p: DnsProvider;
  beforeAll(async () => {
    if (skip) return;
    srv = await startServer(kind, { zones: [ZONE, REV] });
    p = await provider(srv);
  });
  afterAll(async () => { await srv?.stop(); });

  it.skipIf(skip)('creates every supported type, then a second push has 0 changes', async () => {
    const dc = domain(ZONE, allTypes(ZONE));
    expect(await pushZone(axfrddns, p, dc)).toBeGreaterThan(10);
    expect(await pendingChanges(axfrddns, p, dc)).toBe(0);
    expect(await dig(srv.port, `www.${ZONE}`, 'A')).toEqual(['192.0.2.1', '192.0.2.2']);
    expect((await dig(srv.port, `long.${ZONE}`, 'TXT')).join('').replace(/" "/g, '').replace(/"/g, '')).toBe(LONG_TXT);
    expect(await dig(srv.port, ZONE, 'CAA')).toEqual(['0 issue "letsencrypt.org"', '128 iodef "mailto:sec@example.net"']);
    expect(await dig(srv.port, `_sip._tcp.${ZONE}`, 'SRV')).toEqual([`10 60 5060 www.${ZONE}.`]);
    expect((await dig(srv.port, `_443._tcp.www.${ZONE}`, 'TLSA'))[0]).toMatch(/^3 1 1 D2ABDE240D7CD3EE6B4B28C54DF034B97983A1D16E8A410E4561CB10 ?6618E971$/i);
    expect(await dig(srv.port, `sub.${ZONE}`, 'DS')).toHaveLength(1);
    expect(await dig(srv.port, `www.${ZONE}`, 'SSHFP')).toHaveLength(1);
  });

  it.skipIf(skip)('modifies a value and a TTL and deletes, then 0 changes', async () => {
    const recs = allTypes(ZONE).filter((r) => !(r.name === 'www' && r.type === 'SSHFP'));
    const www = recs.find((r) => r.name === 'www' && r.target === '192.0.2.2')!;
    www.target = '192.0.2.3';
    recs.find((r) => r.name === 'mail')!.ttl = 900;
    const dc = domain(ZONE, recs);
    expect(await pushZone(axfrddns, p, dc)).toBe(3);
    expect(await pendingChanges(axfrddns, p, dc)).toBe(0);
    expect(await dig(srv.port, `www.${ZONE}`, 'A')).toEqual(['192.0.2.1', '192.0.2.3']);
    expect(await dig(srv.port, `www.${ZONE}`, 'SSHFP')).toEqual([]);
    const { stdout } = await import('node:child_process').then((cp) => new Promise<{ stdout: string }>((res, rej) =>
      cp.execFile('dig', ['+noall', '+answer', '@127.0.0.1', '-p', String(srv.port), `mail.${ZONE}`, 'A'], (e, so) => (e ? rej(e) : res({ stdout: so })))));
    expect(stdout).toMatch(/\s900\s+IN\s+A\s+192\.0\.2\.25/);
  });

  it.skipIf(skip)('stores NAPTR, DNAME, SMIMEA, OPENPGPKEY, DHCID, SVCB, HTTPS, LOC and reads them back unchanged', async () => {
    const dc = domain(ZONE, [...allTypes(ZONE), ...moreTypes(ZONE, true, true)]);
    await pushZone(axfrddns, p, dc);
    expect(await pendingChanges(axfrddns, p, dc)).toBe(0);
    expect(await dig(srv.port, `sip.${ZONE}`, 'NAPTR')).toEqual([`100 10 "S" "SIP+D2U" "" _sip._udp.${ZONE}.`]);
    expect(await dig(srv.port, `moved.${ZONE}`, 'DNAME')).toEqual([`elsewhere.${ZONE}.`]);
    expect(await dig(srv.port, `pgp.${ZONE}`, 'OPENPGPKEY')).toHaveLength(1);
    expect(await dig(srv.port, `www.${ZONE}`, 'HTTPS')).toEqual(['1 . alpn="h2" ipv4hint=192.0.2.1,192.0.2.2 ipv6hint=2001:db8::1']);
    expect(await dig(srv.port, `here.${ZONE}`, 'LOC')).toEqual(['52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m']);
  });

  it.skipIf(skip)('writes PTR records in a reverse zone', async () => {
    const dc = domain(REV, [rec(REV, '@', 'NS', `ns1.${ZONE}.`), rec(REV, '1', 'PTR', `www.${ZONE}.`)]);
    await pushZone(axfrddns, p, dc);
    expect(await pendingChanges(axfrddns, p, dc)).toBe(0);
    expect(await dig(srv.port, `1.${REV}`, 'PTR')).toEqual([`www.${ZONE}.`]);
  });

  it.skipIf(skip)('leaves foreign records alone with NO_PURGE and IGNORE', async () => {
    const other = await provider(srv);
    await pushZone(axfrddns, other, domain(ZONE, [...allTypes(ZONE), rec(ZONE, 'foreign', 'A', '192.0.2.99'), rec(ZONE, 'ign', 'TXT', '"keep me"')]));
    const dcNoPurge = domain(ZONE, allTypes(ZONE), { keepunknown: true });
    expect(await pushZone(axfrddns, p, dcNoPurge)).toBe(0);
    expect(await dig(srv.port, `foreign.${ZONE}`, 'A')).toEqual(['192.0.2.99']);
    const dcIgnore = domain(ZONE, [...allTypes(ZONE), rec(ZONE, 'foreign', 'A', '192.0.2.99')], {
      unmanaged: [{ label_pattern: 'ign', rType_pattern: '*', target_pattern: '*' }],
    });
    expect(await pushZone(axfrddns, p, dcIgnore)).toBe(0);
    expect(await dig(srv.port, `ign.${ZONE}`, 'TXT')).toEqual(['"keep me"']);
  });

  it.skipIf(skip).each([
    ['a wrong TSIG secret', () => ({ 'update-key': keySpec(srv, Buffer.from('wrong').toString('base64')) }), /BADSIG/],
    ['a key the server does not know', () => ({ 'update-key': `hmac-sha256:nokey:${srv.env.TSIG_SECRET}` }), /BADKEY|not TSIG-signed/],
    ['no key', () => ({ 'update-key': '' }), /REFUSED|NOTAUTH/],
    ['the server down', () => ({ master: '127.0.0.1:1' }), /ECONNREFUSED/],
  ])('stops with a clear error for %s, zone unchanged, no secret shown', async (_n, creds, re) => {
    const bad = await provider(srv, creds());
    const dc = domain(ZONE, [...allTypes(ZONE), rec(ZONE, 'new', 'A', '192.0.2.77')]);
    const err = await pushZone(axfrddns, bad, dc).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect((err as Error).message).toMatch(re);
    expect((err as Error).message).toContain('nothing was applied');
    expect((err as Error).message).not.toContain(srv.env.TSIG_SECRET);
    expect(await dig(srv.port, `new.${ZONE}`, 'A')).toEqual([]);
  });

  it.skipIf(skip)('says which changes were applied when a later UPDATE message fails', async () => {
    const many = Array.from({ length: 8000 }, (_, i) => rec(ZONE, `n${i}`, 'A', `10.1.${i >> 8}.${i & 255}`));
    const dc = domain(ZONE, [...allTypes(ZONE), ...many]);
    const existing = await p.getZoneRecords(ZONE);
    const { diffZone } = await import('../../diff/diff.js');
    const diff = diffZone(dc, existing, { mode: 'record' });
    // A last change outside the zone: the server refuses that message (NOTZONE) after the others applied.
    diff.changes.push({ kind: 'create', key: { nameFQDN: 'x.elsewhere.test', type: 'A' }, old: [], new: [rec(ZONE, 'x.elsewhere.test.', 'A', '192.0.2.1')], msgs: ['+ CREATE x.elsewhere.test A 192.0.2.1'] });
    const corr = (await p.getCorrections(dc, existing, diff.changes, diff.actualChangeCount)).filter((c) => c.run);
    // One correction for the zone; its messages go one after the other, each only after the last was accepted.
    expect(corr).toHaveLength(1);
    const err = await corr[0]!.run!().then(() => undefined, (e: ProviderError) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err!.message).toMatch(/UPDATE [2-9] of example\.test at 127\.0\.0\.1:\d+: server answered (NOTZONE|NOTAUTH|REFUSED)/);
    expect(err!.message).toMatch(/\d+ of \d+ changes were applied by [1-9] earlier UPDATE messages; this message and the rest were not/);
    expect(corr.at(-1)!.msg).toContain('+ CREATE x.elsewhere.test A 192.0.2.1');
    expect(err!.details.notApplied).toContain('+ CREATE x.elsewhere.test A 192.0.2.1');
    expect(err!.details.applied!.length).toBeGreaterThan(0);
    expect(await dig(srv.port, `n0.${ZONE}`, 'A')).toEqual(['10.1.0.0']);
  });

  it.skipIf(skip)('without creds "nameservers" reads the apex NS with one NS query (the same set AXFR shows)', async () => {
    const bare = await provider(srv, { nameservers: '' });
    const fromAxfr = (await bare.getZoneRecords(ZONE)).filter((r) => r.type === 'NS' && r.name === '@').map((r) => r.target.replace(/\.$/, ''));
    expect(fromAxfr).toContain(`ns1.${ZONE}`);
    expect((await bare.getNameservers(ZONE)).sort()).toEqual(fromAxfr.sort());
    await expect(bare.getNameservers('not-here.test')).rejects.toThrow(/AXFRDDNS not-here\.test: cannot read the apex NS records .*(REFUSED|NOTAUTH|SERVFAIL|NXDOMAIN)/);
  });

  it.skipIf(skip)('buggy-cname: a CNAME replaced by another type goes in two UPDATEs (deletions first); without it, one', async () => {
    const serial = async () => Number((await dig(srv.port, ZONE, 'SOA'))[0]!.split(/\s+/)[2]);
    const base = allTypes(ZONE);
    const buggy = await provider(srv, { 'buggy-cname': 'yes' });
    await pushZone(axfrddns, buggy, domain(ZONE, [...base, rec(ZONE, 'swap', 'CNAME', `www.${ZONE}.`)]));
    let before = await serial();
    await pushZone(axfrddns, buggy, domain(ZONE, [...base, rec(ZONE, 'swap', 'A', '192.0.2.77')]));
    expect(await dig(srv.port, `swap.${ZONE}`, 'A')).toEqual(['192.0.2.77']);
    expect(await serial()).toBe(before + 2);
    before = await serial();
    await pushZone(axfrddns, p, domain(ZONE, [...base, rec(ZONE, 'swap', 'CNAME', `www.${ZONE}.`)]));
    expect(await dig(srv.port, `swap.${ZONE}`, 'CNAME')).toEqual([`www.${ZONE}.`]);
    expect(await serial()).toBe(before + 1);
    await expect(provider(srv, { 'buggy-cname': 'maybe' })).rejects.toThrow(/"buggy-cname" must be "yes" or "no"/);
  });

  it.skipIf(skip)('AUTODNSSEC_ON on a zone the server does not sign: a warning, nothing refused', async () => {
    const dc = domain(ZONE, allTypes(ZONE), { auto_dnssec: 'on' });
    await pushZone(axfrddns, p, dc);
    const existing = await p.getZoneRecords(ZONE);
    const { diffZone } = await import('../../diff/diff.js');
    const diff = diffZone(dc, existing, { mode: 'record' });
    const corr = await p.getCorrections(dc, existing, diff.changes, diff.actualChangeCount);
    expect(corr.map((c) => c.msg)).toEqual([`WARNING: AUTODNSSEC_ON, but the zone transfer of ${ZONE} has no DNSKEY or RRSIG records: the server does not sign it`]);
    expect(corr[0]!.run).toBeUndefined();
  });

  it.skipIf(skip)('fails clearly for a zone the server does not serve', async () => {
    await expect(p.getZoneRecords('not-here.test')).rejects.toThrow(/AXFRDDNS not-here\.test: cannot read the zone: .*(NOTAUTH|REFUSED|NOTZONE|SERVFAIL)/);
  });
});
