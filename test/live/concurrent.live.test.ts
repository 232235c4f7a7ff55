// Two concurrent pushes of different desired states on live BIND (AXFRDDNS: RFC 2136 prerequisites) and
// PowerDNS (re-read just before the PATCH): a push that reports success printed exactly the changes it
// made to the zone it found; here the second one, whose read is older than the first one's write, fails
// with "zone changed since it was read" and the first one's records are still there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, skipReason, type RunningServer } from '../servers/servers.js';
import { axfrddns } from '../../src/providers/axfrddns/index.js';
import { powerdns } from '../../src/providers/powerdns/index.js';
import type { ProviderType } from '../../src/providers/types.js';
import { checkNoLostUpdate, race } from '../integration/concurrent.js';
import { domain, rec } from './harness.js';

const ZONE = 'example.test';

interface Live { type: ProviderType; creds: Record<string, string>; meta: Record<string, unknown> }
const cases: Array<[string, 'bind' | 'pdns', (s: RunningServer) => Live]> = [
  ['AXFRDDNS on BIND', 'bind', (s) => {
    const key = `${s.env.TSIG_ALG}:${s.env.TSIG_NAME}:${s.env.TSIG_SECRET}`;
    return { type: axfrddns, creds: { master: `127.0.0.1:${s.port}`, nameservers: `ns1.${ZONE}`, 'transfer-key': key, 'update-key': key }, meta: {} };
  }],
  ['POWERDNS', 'pdns', (s) => ({ type: powerdns, creds: { apiUrl: `http://127.0.0.1:${s.env.API_PORT}`, apiKey: s.env.API_KEY! }, meta: { default_ns: [`ns1.${ZONE}.`] } })],
];

describe.each(cases)('%s: two concurrent pushes', (_label, kind, live) => {
  const skip = skipReason(kind);
  let srv: RunningServer;
  let t: Live;
  beforeAll(async () => {
    if (skip) return;
    srv = await startServer(kind, { zones: [ZONE] });
    t = live(srv);
  });
  afterAll(async () => { await srv?.stop(); });

  const read = async () => (await t.type.createDns!({ credkey: 'p', creds: t.creds, meta: t.meta })).getZoneRecords(ZONE);
  // The start script's in-zone NS target keeps its address (BIND refuses an NS without one).
  const glue = () => (kind === 'bind' ? [rec(ZONE, 'ns1', 'A', '127.0.0.1')] : []);
  const base = () => [...glue(), rec(ZONE, 'x', 'A', '10.0.0.1'), rec(ZONE, 'y', 'TXT', '"keep me"')];

  it.skipIf(skip)('the second push fails with "zone changed since it was read"; nothing of the first vanishes', async () => {
    // A known start: x and y.
    const start = await race(t.type, t.creds, t.meta, domain(ZONE, base()), domain(ZONE, base()));
    expect(start.a.result.error).toBeUndefined();
    // A adds a1/a2 and changes x; B (read before A wrote) wants only b1.
    const a = domain(ZONE, [...glue(), rec(ZONE, 'x', 'A', '10.0.0.9'), rec(ZONE, 'y', 'TXT', '"keep me"'), rec(ZONE, 'a1', 'A', '10.1.1.1'), rec(ZONE, 'a2', 'A', '10.1.1.2')]);
    const b = domain(ZONE, [...glue(), rec(ZONE, 'b1', 'A', '10.2.2.1')]);
    const out = await race(t.type, t.creds, t.meta, a, b);
    const final = await read();
    checkNoLostUpdate(out, [`a1.${ZONE}`, `a2.${ZONE}`], final);
    expect(out.b.result.error, 'B read before A wrote').toBeDefined();
    expect(String((out.b.result.error as Error).message)).toMatch(/zone changed since it was read.*nothing was applied/s);
    const names = final.filter((r) => r.type === 'A' && r.name !== 'ns1').map((r) => `${r.name} ${r.target}`).sort();
    expect(names).toEqual(['a1 10.1.1.1', 'a2 10.1.1.2', 'x 10.0.0.9']);
    // A second try of B, now on the zone as it is, lists the deletion of a1 and a2 and succeeds.
    const again = await race(t.type, t.creds, t.meta, b, b);
    expect(again.a.result.error).toBeUndefined();
    expect(again.a.lines.filter((l) => /DELETE/.test(l)).join('\n')).toMatch(new RegExp(`a1\\.${ZONE}[\\s\\S]*a2\\.${ZONE}|a2\\.${ZONE}[\\s\\S]*a1\\.${ZONE}`));
  });
});
