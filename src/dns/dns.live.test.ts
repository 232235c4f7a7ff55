// The wire layer against real servers: AXFR, UPDATE and TSIG with BIND and Knot on loopback.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startServer, skipReason, dig, type RunningServer, type ServerKind } from '../../test/servers/servers.js';
import { axfr } from './axfr.js';
import { packUpdates, planUpdates, sendUpdates, type PlannedUpdate, type UpdateOp } from './update.js';
import { parseTsigKey, type TsigKey } from './tsig.js';
import { DnsResponseError } from './message.js';
import { TransportError } from './transport.js';
import type { Answer } from './codec.js';

const ZONE = 'example.test';
const keyOf = (s: RunningServer, secret = s.env.TSIG_SECRET!): TsigKey => parseTsigKey(`${s.env.TSIG_ALG}:${s.env.TSIG_NAME}:${secret}`);
const a = (name: string, ip: string, ttl = 300): Answer => ({ name, type: 'A', class: 'IN', ttl, data: ip });

describe.each<ServerKind>(['bind', 'knot'])('%s: AXFR and RFC 2136 with TSIG', (kind) => {
  const skip = skipReason(kind);
  let srv: RunningServer;
  beforeAll(async () => { if (!skip) srv = await startServer(kind); });
  afterAll(async () => { await srv?.stop(); });
  const server = () => ({ host: '127.0.0.1', port: srv.port });

  it.skipIf(skip)('transfers the zone, SOA first', async () => {
    const rrs = await axfr({ server: server(), zone: ZONE, key: keyOf(srv) });
    expect(rrs[0]!.type).toBe('SOA');
    expect(rrs.filter((r) => r.type === 'SOA')).toHaveLength(1);
    expect(rrs.find((r) => r.name === `www.${ZONE}`)).toMatchObject({ type: 'A', data: '192.0.2.10' });
  });

  it.skipIf(skip)('applies a large change set in few messages and transfers it back over many', async () => {
    const groups: UpdateOp[][] = Array.from({ length: 3000 }, (_, i) => [{ op: 'add', rr: a(`h${i}.bulk.${ZONE}`, `10.0.${i >> 8}.${i & 255}`) }]);
    groups.push([{ op: 'delete', rr: a(`www.${ZONE}`, '192.0.2.10') }, { op: 'add', rr: a(`www.${ZONE}`, '192.0.2.11', 600) }]);
    const plan = planUpdates(ZONE, groups);
    expect(plan.length).toBeGreaterThan(1);
    expect(plan.length).toBeLessThan(5);
    let applied = 0;
    await sendUpdates({ server: server(), zone: ZONE, key: keyOf(srv) }, plan, (p) => { applied += p.groups.length; });
    expect(applied).toBe(groups.length);
    const rrs = await axfr({ server: server(), zone: ZONE, key: keyOf(srv) });
    expect(rrs.filter((r) => r.name.endsWith(`.bulk.${ZONE}`))).toHaveLength(3000);
    expect(await dig(srv.port, `www.${ZONE}`, 'A')).toEqual(['192.0.2.11']);
    expect(await dig(srv.port, `h2999.bulk.${ZONE}`, 'A')).toEqual(['10.0.11.183']);
  });

  it.skipIf(skip)('streams: a message is sent only after the last was accepted, and an encoding failure stops after it', async () => {
    const events: string[] = [];
    function* groups(): Generator<UpdateOp[]> {
      for (let i = 0; i < 4000; i++) yield [{ op: 'add', rr: a(`s${i}.stream.${ZONE}`, '192.0.2.44') }];
    }
    // The plan as the provider gives it (lazily), wrapped to record when each message is taken, and to fail
    // while the second message is being prepared.
    function* traced(): Generator<PlannedUpdate> {
      let n = 0;
      for (const p of packUpdates(ZONE, groups())) {
        n++;
        events.push(`encoded ${n}`);
        if (n === 2) throw new Error('cannot encode message 2');
        yield p;
      }
    }
    const err = await sendUpdates({ server: server(), zone: ZONE, key: keyOf(srv) }, traced(), () => events.push('applied')).catch((e: unknown) => e);
    expect((err as Error).message).toBe('cannot encode message 2');
    // Message 2 was prepared while message 1 was at the server; the failure surfaced after message 1's reply.
    expect(events).toEqual(['encoded 1', 'encoded 2', 'applied']);
    expect(await dig(srv.port, `s0.stream.${ZONE}`, 'A')).toEqual(['192.0.2.44']);
    expect(await dig(srv.port, `s3999.stream.${ZONE}`, 'A')).toEqual([]);
  });

  it.skipIf(skip)('deletes a whole rrset', async () => {
    const plan = planUpdates(ZONE, [[{ op: 'deleteRRset', name: `h1.bulk.${ZONE}`, type: 'A' }]]);
    await sendUpdates({ server: server(), zone: ZONE, key: keyOf(srv), mode: 'udp' }, plan);
    expect(await dig(srv.port, `h1.bulk.${ZONE}`, 'A')).toEqual([]);
  });

  it.skipIf(skip).each([
    ['wrong secret', (s: RunningServer) => keyOf(s, Buffer.from('not the secret').toString('base64')), /BADSIG/],
    ['unknown key name', (s: RunningServer) => parseTsigKey(`hmac-sha256:nokey:${s.env.TSIG_SECRET}`), /BADKEY|not TSIG-signed/],
    ['no key', () => undefined, /REFUSED|NOTAUTH/],
  ])('refuses an update with %s, and the zone is unchanged', async (_n, key, re) => {
    const plan = planUpdates(ZONE, [[{ op: 'add', rr: a(`evil.${ZONE}`, '192.0.2.66') }]]);
    const err = await sendUpdates({ server: server(), zone: ZONE, key: key(srv) }, plan).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DnsResponseError);
    expect((err as Error).message).toMatch(re);
    expect((err as Error).message).not.toContain(srv.env.TSIG_SECRET);
    expect(await dig(srv.port, `evil.${ZONE}`, 'A')).toEqual([]);
  });

  it.skipIf(skip)('refuses a transfer with a wrong secret and for a zone it does not serve', async () => {
    await expect(axfr({ server: server(), zone: ZONE, key: keyOf(srv, 'AAAA') })).rejects.toThrow(/BADSIG/);
    await expect(axfr({ server: server(), zone: 'other.test', key: keyOf(srv) })).rejects.toThrow(/NOTAUTH|REFUSED|NOTZONE|SERVFAIL/);
  });

  it.skipIf(skip)('reports a server that is down', async () => {
    await expect(axfr({ server: { host: '127.0.0.1', port: 1 }, zone: ZONE, key: keyOf(srv) })).rejects.toBeInstanceOf(TransportError);
  });
});

describe('TSIG algorithms against BIND', () => {
  const skip = skipReason('bind');
  it.skipIf(skip).each(['hmac-md5', 'hmac-sha1', 'hmac-sha384', 'hmac-sha512'])('%s signs transfers and updates', async (alg) => {
    const srv = await startServer('bind', { env: { TSIG_ALG: alg } });
    try {
      const server = { host: '127.0.0.1', port: srv.port };
      await sendUpdates({ server, zone: ZONE, key: keyOf(srv) }, planUpdates(ZONE, [[{ op: 'add', rr: a(`alg.${ZONE}`, '192.0.2.7') }]]));
      const rrs = await axfr({ server, zone: ZONE, key: keyOf(srv) });
      expect(rrs.some((r) => r.name === `alg.${ZONE}`)).toBe(true);
    } finally {
      await srv.stop();
    }
  });
});
