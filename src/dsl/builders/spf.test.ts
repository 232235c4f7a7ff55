import { describe, expect, it } from 'vitest';
import { splitSpf, spfTerms } from './spf.js';

describe('splitSpf (spflib TXTSplit)', () => {
  it('keeps a short record whole', () => {
    expect([...splitSpf(['a', 'mx', '-all'], '_spf%d.example.com', 0, 255)]).toEqual([['@', ['v=spf1 a mx -all']]]);
  });

  it('chains overflow labels, each within the limit and ending with the final term; overhead1 only shortens the first', () => {
    const parts = Array.from({ length: 10 }, (_, i) => `ip4:192.0.2.${i}`).concat('~all');
    const out = splitSpf(parts, '_spf%d.example.com', 10, 90);
    expect([...out.keys()]).toEqual(['@', '_spf1.example.com', '_spf2.example.com']);
    expect(out.get('@')![0]!.length).toBeLessThanOrEqual(80);
    for (const [, [t]] of out) {
      expect(t!.length).toBeLessThanOrEqual(90);
      expect(t).toMatch(/^v=spf1 .* ~all$/);
    }
    expect(out.get('@')![0]).toContain('include:_spf1.example.com ~all');
  });

  it('gives up when the first part alone does not fit', () => {
    const long = `include:${'x'.repeat(300)}.example`;
    expect([...splitSpf([long, '~all'], '_spf%d.example.com', 0, 255).values()]).toEqual([[`v=spf1 ${long} ~all`]]);
  });

  it('reads terms as spflib does', () => {
    expect(spfTerms('v=spf1  a  -all ignored')).toEqual(['a', '-all']);
    expect(spfTerms('a -all')).toBeUndefined();
  });
});
