import { describe, expect, it } from 'vitest';
import { ProviderError, ValidationError } from '../../errors.js';
import { asProviderError, inProvider } from './errors.js';

describe('asProviderError', () => {
  it('names the creds key and zone, and says nothing was applied when the call only read', () => {
    const e = asProviderError(new Error('HTTP 500'), 'cf', 'example.com', { nothingApplied: true });
    expect(e).toBeInstanceOf(ProviderError);
    expect(e.message).toBe('cf example.com: HTTP 500; nothing was applied');
    expect(asProviderError(new Error('HTTP 500'), 'cf', 'example.com', { nothingApplied: false }).message).toBe('cf example.com: HTTP 500');
  });

  it('gives a provider error about no zone in particular this zone, and leaves placed errors alone', () => {
    expect(asProviderError(new ProviderError('BIND', '', 'cannot list zones'), 'bind', 'example.com', { nothingApplied: true }).message)
      .toBe('bind example.com: BIND: cannot list zones; nothing was applied');
    const placed = new ValidationError('bad', []);
    expect(asProviderError(placed, 'cf', 'example.com', { nothingApplied: true })).toBe(placed);
  });

  it('inProvider rethrows through it', async () => {
    await expect(inProvider('cf', 'example.com', async () => { throw new Error('boom'); })).rejects.toThrow('cf example.com: boom; nothing was applied');
  });
});
