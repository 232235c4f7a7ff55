// Replication end to end: a push to a primary (BIND by RFC 2136, PowerDNS by its API) that NOTIFYs a
// secondary (Knot, NSD); the test waits until the secondary serves the new serial and records.
import { describe, it, expect, afterAll } from 'vitest';
import { startServer, skipReason, dig, freePorts, waitForSoa, type RunningServer } from '../servers/servers.js';
import { pushZone, pendingChanges, rec, domain, allTypes } from './harness.js';
import { axfrddns } from '../../src/providers/axfrddns/index.js';
import { powerdns } from '../../src/providers/powerdns/index.js';
import type { DnsProvider } from '../../src/providers/types.js';

const ZONE = 'example.test';
const running: RunningServer[] = [];
afterAll(async () => { for (const s of running.reverse()) await s.stop(); });
const start = async (...a: Parameters<typeof startServer>) => { const s = await startServer(...a); running.push(s); return s; };

describe('BIND primary → Knot secondary', () => {
  const skip = skipReason('bind', 'knot');
  it.skipIf(skip)('a push by RFC 2136 reaches the secondary through NOTIFY and IXFR/AXFR', async () => {
    const knotPort = await freePorts(1);
    const bind = await start('bind', { env: { NOTIFY_PORT: String(knotPort) } });
    const knot = await start('knot', {
      port: knotPort,
      env: { PRIMARY: `127.0.0.1@${bind.port}`, TSIG_SECRET: bind.env.TSIG_SECRET!, TSIG_NAME: bind.env.TSIG_NAME!, TSIG_ALG: bind.env.TSIG_ALG! },
    });
    const before = await waitForSoa(knot.port, ZONE);
    const key = `${bind.env.TSIG_ALG}:${bind.env.TSIG_NAME}:${bind.env.TSIG_SECRET}`;
    const p = await axfrddns.createDns!({ credkey: 'ddns', meta: {}, creds: { master: `127.0.0.1:${bind.port}`, 'transfer-key': key, 'update-key': key } });
    const dc = domain(ZONE, [...allTypes(ZONE), rec(ZONE, 'replicated', 'A', '192.0.2.123')]);
    await pushZone(axfrddns, p, dc);
    expect(await pendingChanges(axfrddns, p, dc)).toBe(0);
    const primarySerial = await waitForSoa(bind.port, ZONE);
    expect(primarySerial).toBeGreaterThan(before);
    expect(await waitForSoa(knot.port, ZONE, primarySerial, 15_000)).toBe(primarySerial);
    expect(await dig(knot.port, `replicated.${ZONE}`, 'A')).toEqual(['192.0.2.123']);
    expect(await dig(knot.port, `www.${ZONE}`, 'A')).toEqual(['192.0.2.1', '192.0.2.2']);
  });
});

describe('PowerDNS primary → Knot secondary', () => {
  const skip = skipReason('pdns', 'knot');
  it.skipIf(skip)('a push by the API reaches the secondary through NOTIFY', async () => {
    const knotPort = await freePorts(1);
    const pdns = await start('pdns', { env: { NOTIFY_PORT: String(knotPort) } });
    const p = await powerdns.createDns!({
      credkey: 'pdns', creds: { apiUrl: `http://127.0.0.1:${pdns.env.API_PORT}`, apiKey: pdns.env.API_KEY! },
      meta: { default_ns: [`ns1.${ZONE}.`], zone_kind: 'Master' },
    }) as DnsProvider;
    await pushZone(powerdns, p, domain(ZONE, allTypes(ZONE)));
    const knot = await start('knot', { port: knotPort, env: { PRIMARY: `127.0.0.1@${pdns.port}`, PRIMARY_TSIG: '0' } });
    const first = await waitForSoa(knot.port, ZONE);
    const dc = domain(ZONE, [...allTypes(ZONE), rec(ZONE, 'replicated', 'A', '192.0.2.124')]);
    expect(await pushZone(powerdns, p, dc)).toBe(1);
    const primarySerial = await waitForSoa(pdns.port, ZONE);
    expect(primarySerial).toBeGreaterThan(first);
    expect(await waitForSoa(knot.port, ZONE, primarySerial, 20_000)).toBe(primarySerial);
    expect(await dig(knot.port, `replicated.${ZONE}`, 'A')).toEqual(['192.0.2.124']);
  });
});

describe('BIND primary → NSD secondary', () => {
  const skip = skipReason('bind', 'nsd');
  it.skipIf(skip)('a push by RFC 2136 reaches NSD through NOTIFY', async () => {
    const nsdPort = await freePorts(1);
    const bind = await start('bind', { env: { NOTIFY_PORT: String(nsdPort) } });
    const nsd = await start('nsd', {
      port: nsdPort,
      env: { PRIMARY: `127.0.0.1@${bind.port}`, TSIG_SECRET: bind.env.TSIG_SECRET!, TSIG_NAME: bind.env.TSIG_NAME! },
    });
    const before = await waitForSoa(nsd.port, ZONE);
    const key = `${bind.env.TSIG_ALG}:${bind.env.TSIG_NAME}:${bind.env.TSIG_SECRET}`;
    const p = await axfrddns.createDns!({ credkey: 'ddns', meta: {}, creds: { master: `127.0.0.1:${bind.port}`, 'transfer-key': key, 'update-key': key } });
    await pushZone(axfrddns, p, domain(ZONE, [...allTypes(ZONE), rec(ZONE, 'replicated', 'A', '192.0.2.125')]));
    const primarySerial = await waitForSoa(bind.port, ZONE);
    expect(primarySerial).toBeGreaterThan(before);
    expect(await waitForSoa(nsd.port, ZONE, primarySerial, 20_000)).toBe(primarySerial);
    expect(await dig(nsd.port, `replicated.${ZONE}`, 'A')).toEqual(['192.0.2.125']);
  });
});
