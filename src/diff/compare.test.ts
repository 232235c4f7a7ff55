import { describe, it, expect } from 'vitest';
import { compareLabels } from './compare.js';

/** The rule written the obvious way (split, reverse, compare part by part) to check the allocation-free one. */
function reference(a: string, b: string): number {
  const parts = (l: string) => (l === '@' ? [] : l.split('.').reverse());
  const num = (p: string) => { const n = p === '' ? NaN : Number(p); return Number.isInteger(n) ? n : NaN; };
  const pa = parts(a), pb = parts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const x = num(pa[i]!), y = num(pb[i]!);
    if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
    return pa[i]! < pb[i]! ? -1 : 1;
  }
  return pa.length - pb.length;
}

describe('compareLabels', () => {
  it('sorts the apex first, then right to left, numbers numerically', () => {
    const labels = ['www', '10', '@', 'a.b', '2', 'b', '_dmarc', '1.10', '1.2', '*', 'mail.a.b', 'Z', 'x.1'];
    expect([...labels].sort(compareLabels)).toEqual(['@', '*', 'x.1', '2', '1.2', '10', '1.10', 'Z', '_dmarc', 'b', 'a.b', 'mail.a.b', 'www']);
  });

  it('agrees in sign with the split-based rule on random names', () => {
    const parts = ['a', 'b', 'www', '0', '1', '2', '10', '09', '0x1f', '_tcp', '*', 'A', 'r12', '1e3', ''];
    let seed = 42;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const name = () => (rnd(10) === 0 ? '@' : Array.from({ length: 1 + rnd(3) }, () => parts[rnd(parts.length)]).join('.'));
    for (let i = 0; i < 5000; i++) {
      const a = name(), b = name();
      expect([a, b, Math.sign(compareLabels(a, b))]).toEqual([a, b, Math.sign(reference(a, b))]);
    }
  });
});
