import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearestNames } from './did-you-mean.js';

const DSL = ['A', 'AAAA', 'CAA', 'CNAME', 'D', 'MX', 'NS', 'NewDnsProvider', 'NewRegistrar', 'SPF_BUILDER', 'TXT', 'DnsProvider'];

describe('editDistance (optimal string alignment)', () => {
  it.each<[string, string, number]>([
    ['', '', 0], ['abc', 'abc', 0], ['abc', '', 3], ['CNAM', 'CNAME', 1], ['ab', 'ba', 1], ['MXX', 'MX', 1],
    ['kitten', 'sitting', 3], ['ca', 'abc', 3],
  ])('%s → %s: %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('nearestNames', () => {
  it.each<[string, string[]]>([
    ['Mx', ['MX']],
    ['mx', ['MX']],
    ['CNAM', ['CNAME']],
    ['NewDNSProvider', ['NewDnsProvider']],
    ['SPFBUILDER', ['SPF_BUILDER']],
    ['NewRegistar', ['NewRegistrar']],
    ['TXTT', ['TXT']],
    ['DnsProvder', ['DnsProvider']],
    ['x', []], // short names: only a difference of case
    ['AA', []],
    ['FOOBAR', []],
    ['process', []],
  ])('%s → %j', (name, want) => {
    expect(nearestNames(name, DSL)).toEqual(want);
  });

  it('prefers the DSL\'s names on a tie, and lists equally near names', () => {
    expect(nearestNames('REG_NON', ['REG_NONE', 'REG_NONO'], new Set(['REG_NONO']))).toEqual(['REG_NONO', 'REG_NONE']);
    expect(nearestNames('ABCDE', ['ABCDX', 'ABCDY', 'ABCDZ', 'ABCDW'])).toHaveLength(3);
  });

  it('does not compare very long names', () => {
    expect(nearestNames('M'.repeat(100_000), ['MX'])).toEqual([]);
  });

  it('didYouMean words it', () => {
    expect(didYouMean('Mx', DSL)).toBe('; did you mean MX?');
    expect(didYouMean('FOOBAR', DSL)).toBe('');
  });
});
