import { describe, expect, it } from 'vitest';
import { splitSpf } from './spf.js';

describe('splitSpf', () => {
  it('keeps a short record whole', () => {
    expect([...splitSpf('@', ['a', 'mx', '-all'], '_spf%d', 255, 'example.com')]).toEqual([['@', 'v=spf1 a mx -all']]);
  });

  it('chains overflow labels, each within the limit and ending with the final qualifier', () => {
    const parts = Array.from({ length: 10 }, (_, i) => `ip4:192.0.2.${i}`).concat('~all');
    const out = splitSpf('@', parts, '_spf%d', 80, 'example.com');
    expect([...out.keys()]).toEqual(['@', '_spf1', '_spf2']);
    for (const t of out.values()) {
      expect(t.length).toBeLessThanOrEqual(80);
      expect(t).toMatch(/^v=spf1 .* ~all$/);
    }
    expect(out.get('@')).toContain('include:_spf1.example.com ~all');
    const all = [...out.values()].join(' ').match(/ip4:\S+/g);
    expect(all).toEqual(parts.slice(0, -1));
  });

  it('gives up when the first part alone does not fit', () => {
    const long = `include:${'x'.repeat(300)}.example`;
    expect([...splitSpf('@', [long, '~all'], '_spf%d', 255, 'example.com').values()]).toEqual([`v=spf1 ${long} ~all`]);
  });
});
