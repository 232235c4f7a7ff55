// Every supported type through the wire without a server: IR → UPDATE message → dns-packet decode → IR.
import { describe, it, expect } from 'vitest';
import * as packet from 'dns-packet';
import { toAnswer, fromAnswers, WIRE_TYPES } from './convert.js';
import { planUpdates } from '../../dns/update.js';
import { axfrddns } from './index.js';
import { ProviderError } from '../../errors.js';
import { rdataText } from '../../rr/text.js';
import { allTypes, moreTypes, rec } from '../../../test/live/harness.js';
import type { Answer } from '../../dns/codec.js';

const ZONE = 'example.test';
const records = [...allTypes(ZONE), ...moreTypes(ZONE, true, true), rec(ZONE, '4', 'PTR', `host.${ZONE}.`)];

describe('AXFRDDNS wire conversion', () => {
  it('covers every type it claims', () => {
    expect(new Set(records.map((r) => r.type))).toEqual(new Set(WIRE_TYPES));
  });

  it.each(records.map((r) => [`${r.name} ${r.type}`, r] as const))('%s survives the round trip', (_label, rc) => {
    const [msg] = planUpdates(ZONE, [[{ op: 'add', rr: toAnswer(rc, ZONE) }]]);
    const decoded = packet.decode(msg!.wire).authorities as Answer[];
    const { records: back, skipped } = fromAnswers(decoded, ZONE);
    expect(skipped).toEqual([]);
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ type: rc.type, name: rc.name, ttl: rc.ttl });
    expect(rdataText(back[0]!)).toBe(rdataText(rc));
  });

  it('leaves SOA and DNSSEC records to the server and reports types it cannot read', () => {
    const soa = { name: ZONE, type: 'SOA', class: 'IN', ttl: 300, data: { mname: `ns1.${ZONE}`, rname: `h.${ZONE}`, serial: 1, refresh: 1, retry: 1, expire: 1, minimum: 1 } } as Answer;
    const rrsig = { name: ZONE, type: 'RRSIG', class: 'IN', ttl: 300, data: {} } as Answer;
    const odd = { name: `x.${ZONE}`, type: 'UNKNOWN_65280', class: 'IN', ttl: 300, data: Buffer.from([1]) } as unknown as Answer;
    expect(fromAnswers([soa, rrsig, odd], ZONE)).toEqual({ records: [], skipped: [{ name: `x.${ZONE}`, type: 'TYPE65280' }], signed: true });
    expect(fromAnswers([soa, odd], ZONE).signed).toBe(false);
  });

  it('refuses a change too large for one UPDATE before anything is sent (preview already says so)', async () => {
    // The server is never contacted by getCorrections: port 9 has nothing listening.
    const p = await axfrddns.createDns!({ credkey: 'ddns', meta: {}, creds: { master: '127.0.0.1:9' } });
    const big = rec(ZONE, 'big', 'TXT', `"${'x'.repeat(200)}"`);
    big.target = 'x'.repeat(70_000);
    const small = rec(ZONE, 'small', 'A', '192.0.2.1');
    const change = (r: typeof big) => ({ kind: 'create' as const, key: { nameFQDN: `${r.name}.${ZONE}`, type: r.type }, old: [], new: [r], msgs: [`+ CREATE ${r.name}.${ZONE} ${r.type}`] });
    const dc = { name: ZONE, registrar: 'none', dnsProviders: {}, records: [small, big] };
    const err = await p.getCorrections(dc as never, [], [change(small), change(big)], 2).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect((err as Error).message).toMatch(/\+ CREATE big\.example\.test TXT: one change needs more than 65535 bytes, more than an UPDATE message can carry; nothing was applied/);
    // Two records that each fit but not together (a modification deletes and adds in one message).
    const half = (t: string) => ({ ...big, target: t.repeat(40_000) });
    const modify = { kind: 'change' as const, key: { nameFQDN: `big.${ZONE}`, type: 'TXT' }, old: [half('a')], new: [half('b')], msgs: [`± MODIFY big.${ZONE} TXT`] };
    const err2 = await p.getCorrections(dc as never, [], [change(small), modify], 2).catch((e: unknown) => e);
    expect((err2 as Error).message).toMatch(/± MODIFY big\.example\.test TXT: one change needs 8\d{4} bytes, more than an UPDATE message can carry; nothing was applied/);
    // A large but fitting change passes the check without being encoded twice.
    big.target = 'x'.repeat(20_000);
    expect(await p.getCorrections(dc as never, [], [change(small), change(big)], 2)).toHaveLength(1);
  });
});
