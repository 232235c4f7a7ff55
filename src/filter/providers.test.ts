import { describe, expect, it } from 'vitest';
import { parseProviderFilter, providerSelected, unknownProviders } from './providers.js';

describe('--providers', () => {
  it.each<[string | undefined, string, boolean, boolean]>([
    [undefined, 'bind', false, true],
    [undefined, 'staging', true, false],
    ['all', 'staging', true, true],
    ['ALL', 'bind', false, true],
    ['bind', 'bind', false, true],
    ['bind', 'cf', false, false],
    ['cf, staging', 'staging', true, true],
  ])('%j selects %s (excluded=%s): %s', (spec, key, excluded, want) => {
    expect(providerSelected(parseProviderFilter(spec), key, excluded)).toBe(want);
  });
  it('lists names that match no provider', () => {
    expect(unknownProviders(parseProviderFilter('bind,typo'), ['bind', 'none'])).toEqual(['typo']);
  });
});
