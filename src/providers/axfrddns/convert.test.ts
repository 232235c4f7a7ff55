// Every supported type through the wire without a server: IR → UPDATE message → dns-packet decode → IR.
import { describe, it, expect } from 'vitest';
import * as packet from 'dns-packet';
import { toAnswer, fromAnswers, WIRE_TYPES } from './convert.js';
import { planUpdates } from '../../dns/update.js';
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
    const odd = { name: `x.${ZONE}`, type: 'UNKNOWN_65280', class: 'IN', ttl: 300, data: Buffer.from([1]) } as Answer;
    expect(fromAnswers([soa, rrsig, odd], ZONE)).toEqual({ records: [], skipped: [{ name: `x.${ZONE}`, type: 'TYPE65280' }] });
  });
});
