import { describe, expect, it } from 'vitest';
import { allProviderTypes } from './registry.js';
import { CAPABILITIES } from './types.js';

// Record-type capabilities are any `canUse…` name a descriptor declares, so the compiler no longer
// catches a misspelt one in a provider's table: this does.
describe('provider capabilities', () => {
  it.each(allProviderTypes().map((t) => [t.name, t] as const))('%s declares only known capabilities', (_name, t) => {
    const known = new Set<string>(CAPABILITIES);
    expect(Object.keys(t.capabilities).filter((c) => !known.has(c))).toEqual([]);
  });
});
