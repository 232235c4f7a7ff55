// Deadlines: a server that accepts the connection and never answers must fail the run quickly, with an
// error that names the provider, the zone and what was applied; with the default settings within 35 s.
// Every provider type that talks to a network is here: the cloud fakes (hang fault mode), PowerDNS and
// AXFRDDNS (a loopback TCP server that accepts and stays silent).
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/errors.js';
import type { DomainConfig } from '../../src/ir/types.js';
import { axfrddns } from '../../src/providers/axfrddns/index.js';
import { powerdns } from '../../src/providers/powerdns/index.js';
import type { ProviderType } from '../../src/providers/types.js';
import { executePlan } from '../../src/run/apply.js';
import type { Reporter } from '../../src/plan/types.js';
import { gatherAll } from '../../src/run/gather.js';
import { ProviderInstances, type DeclaredProviders } from '../../src/run/providers.js';
import { setClock } from '../../src/_util/deadline.js';
import { rec } from './harness.js';
import { FAKE_TARGETS, type Started } from './targets.js';
import { isWriteRequest } from '../fakes/_server.js';

const ZONE = 'hang.example';

/** A TCP server that accepts every connection and never sends a byte. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets: Socket[] = [];
  const srv: Server = createServer((s) => { sockets.push(s); s.on('error', () => {}); });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return {
    port: (srv.address() as AddressInfo).port,
    close: () => new Promise<void>((r) => { for (const s of sockets) s.destroy(); srv.close(() => r()); }),
  };
}

const quiet: Reporter = { zone() {}, provider() {}, correction() {}, success() {}, failure() {}, done() {}, stopped() {} };

function declare(credkey: string, type: ProviderType, creds: Record<string, string>): DeclaredProviders {
  return { dns: new Map([[credkey, { credkey, type, creds, meta: {}, excludeFromDefaults: false }]]), registrars: new Map() };
}

/** preview/push's own path (src/run): gather (read + diff), then, when `push`, apply. */
async function run(credkey: string, type: ProviderType, creds: Record<string, string>, dc: DomainConfig, push: boolean) {
  const declared = declare(credkey, type, creds);
  const instances = new ProviderInstances(declared, { push });
  const zones = await gatherAll([{ dc, dns: [{ credkey, count: -1 }] }], declared, instances, { createZonesNow: push });
  return executePlan({ zones, total: 1 }, push, quiet);
}

const dc = (records = [rec.a('www', '10.0.0.1'), rec.a('api', '10.0.0.2')]): DomainConfig =>
  ({ name: ZONE, registrar: 'none', dnsProviders: { p: -1 }, records });

/** Waits for `p` to fail, at most `ms` (a hang fails the test there, not at the test timeout). */
async function failsWithin<T>(ms: number, p: Promise<T>): Promise<{ error: unknown; took: number }> {
  const t0 = Date.now();
  const late = new Error(`no failure within ${ms} ms`);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([p, new Promise<never>((_, reject) => { timer = setTimeout(() => reject(late), ms); })]);
  } catch (error) {
    if (error === late) throw error;
    return { error, took: Date.now() - t0 };
  } finally {
    clearTimeout(timer);
  }
  throw new Error('expected a failure');
}

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  setClock();
  for (const c of cleanup.splice(0)) await c();
});

describe('a server that accepts and never answers, with timeout 0.3 s', () => {
  it.each(FAKE_TARGETS())('$label: reading fails fast, naming the provider and the zone', async (factory) => {
    const s: Started = await factory.start(ZONE, { timeout: '0.3' });
    cleanup.push(() => s.close());
    s.fake!.faults = { rate: 0, statuses: [], hang: true };
    const { error, took } = await failsWithin(5000, run('cloud', s.target.type, s.creds!, dc(), false));
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).toMatch(new RegExp(`^cloud ${ZONE}: ${s.target.type.name}: .*no answer within 300 ms.*nothing was applied`));
    expect(took).toBeLessThan(5000);
    expect(s.fake!.stats.hung).toBeGreaterThan(0);
  });

  it.each(FAKE_TARGETS())('$label: a write that gets no answer fails the push, which says what was applied', async (factory) => {
    const s: Started = await factory.start(ZONE, { timeout: '0.3' });
    cleanup.push(() => s.close());
    await run('cloud', s.target.type, s.creds!, dc([]), true);
    s.fake!.faults = { rate: 0, statuses: [], hang: true, match: (r) => isWriteRequest(s.fake!, r) && !r.path.includes('token') };
    const t0 = Date.now();
    const result = await run('cloud', s.target.type, s.creds!, dc(), true);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(result.error).toBeInstanceOf(ProviderError);
    const e = result.error as ProviderError;
    expect(e.message).toContain(`${s.target.type.name} ${ZONE}:`);
    expect(e.message).toMatch(/no answer within 300 ms/);
    expect(result.notApplied.length).toBeGreaterThan(0);
    expect(s.fake!.stats.hung).toBeGreaterThan(0);
  });

  it('POWERDNS: reading fails fast, naming the provider and the zone', async () => {
    const srv = await silentServer();
    cleanup.push(() => srv.close());
    const creds = { apiUrl: `http://127.0.0.1:${srv.port}`, apiKey: 'k', timeout: '0.3' };
    const { error, took } = await failsWithin(5000, run('pdns', powerdns, creds, dc(), false));
    expect((error as Error).message).toMatch(new RegExp(`^pdns ${ZONE}: POWERDNS pdns: cannot list zones: .*no answer within 300 ms.*nothing was applied`));
    expect(took).toBeLessThan(5000);
  });

  it('AXFRDDNS: reading fails fast, naming the provider and the zone', async () => {
    const srv = await silentServer();
    cleanup.push(() => srv.close());
    const creds = { master: `127.0.0.1:${srv.port}`, nameservers: 'ns1.hang.example', timeout: '0.3' };
    const { error, took } = await failsWithin(5000, run('ddns', axfrddns, creds, dc(), false));
    expect((error as Error).message).toMatch(new RegExp(`^AXFRDDNS ${ZONE}: cannot read the zone: .*no answer within 300 ms; nothing was applied`));
    expect(took).toBeLessThan(5000);
  });

  it('zone_timeout bounds a zone as a whole, below the per-call timeout', async () => {
    const srv = await silentServer();
    cleanup.push(() => srv.close());
    const creds = { apiUrl: `http://127.0.0.1:${srv.port}`, apiKey: 'k', timeout: '20', zone_timeout: '0.4' };
    const { error, took } = await failsWithin(5000, run('pdns', powerdns, creds, dc(), false));
    expect((error as Error).message).toMatch(/zone_timeout 0.4 s\) ran out/);
    expect(took).toBeLessThan(3000);
  });
});

/** A clock whose timers fire at once, advancing virtual time by their delay: the time a run would have
 *  waited for the network, without waiting it. */
function virtualClock() {
  let t = 1_000_000_000;
  const start = t;
  setClock({
    now: () => t,
    timer(fn, ms) {
      const h = setImmediate(() => { t += ms; fn(); });
      return () => clearImmediate(h);
    },
  });
  return { elapsed: () => t - start };
}

describe('with the default timeouts, a silent server fails the run within 35 s', () => {
  const cases: Array<[string, () => Promise<{ type: ProviderType; creds: Record<string, string>; close(): Promise<void>; fake?: Started }>]> = [
    ...FAKE_TARGETS().map((f) => [f.label, async () => {
      const s = await f.start(ZONE);
      s.fake!.faults = { rate: 0, statuses: [], hang: true };
      // The defaults, except the suite's fast retry settings (which only concern 429/5xx).
      const creds = { ...s.creds! };
      return { type: s.target.type, creds, close: () => s.close(), fake: s };
    }] as [string, () => Promise<{ type: ProviderType; creds: Record<string, string>; close(): Promise<void> }>]),
    ['POWERDNS', async () => {
      const srv = await silentServer();
      return { type: powerdns, creds: { apiUrl: `http://127.0.0.1:${srv.port}`, apiKey: 'k' }, close: srv.close };
    }],
    ['AXFRDDNS', async () => {
      const srv = await silentServer();
      return { type: axfrddns, creds: { master: `127.0.0.1:${srv.port}` }, close: srv.close };
    }],
  ];

  it.each(cases)('%s', async (_label, make) => {
    const target = await make();
    cleanup.push(() => target.close());
    const clock = virtualClock();
    const { error } = await failsWithin(60_000, run('p', target.type, target.creds, dc(), false));
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).toMatch(/no answer within \d+ ms/);
    // Time the run would have spent waiting: more than nothing, at most 35 s.
    expect(clock.elapsed()).toBeGreaterThan(0);
    expect(clock.elapsed()).toBeLessThanOrEqual(35_000);
  });
});
