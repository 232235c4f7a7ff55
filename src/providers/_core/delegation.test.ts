import { describe, expect, it } from 'vitest';
import { delegationCorrections, desiredNameservers, nameserverSet } from './delegation.js';

describe('delegation', () => {
  it('normalises case, trailing dots, duplicates, blanks and order', () => {
    expect(nameserverSet(['NS2.Example.net.', 'ns1.example.net', 'ns2.example.net', ' '])).toEqual(['ns1.example.net', 'ns2.example.net']);
    expect(desiredNameservers({ name: 'x', registrar: 'r', dnsProviders: {}, records: [], nameservers: [{ name: 'B.example.' }, { name: 'a.example' }] })).toEqual(['a.example', 'b.example']);
  });
  it('no correction for the same set; one that sets the whole sorted list otherwise', async () => {
    expect(delegationCorrections({ live: ['A.example.', 'b.example'], want: ['b.example.', 'a.example'] })).toEqual([]);
    const set: string[][] = [];
    const [c, ...rest] = delegationCorrections({ live: ['a.example'], want: ['c.example', 'b.example.'], set: async (ns) => { set.push(ns); } });
    expect(rest).toEqual([]);
    expect(c!.msg).toBe('Update nameservers a.example -> b.example,c.example');
    expect(c!.delegation).toEqual({ before: ['a.example'], after: ['b.example', 'c.example'] });
    await c!.run!();
    expect(set).toEqual([['b.example', 'c.example']]);
    const [note] = delegationCorrections({ live: [], want: ['a'], message: (h, w) => `Change Nameservers from '${h}' to '${w}'` });
    expect(note).toEqual({ msg: "Change Nameservers from '' to 'a'", delegation: { before: [], after: ['a'] } });
  });
});
