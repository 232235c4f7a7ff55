// A small seeded PRNG (mulberry32) so a failing fuzz run can be replayed: every suite prints its seed, and
// FUZZ_SEED=n runs exactly the same cases again. FUZZ_SCALE=k multiplies the number of cases (default 1).
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)]!, chance: (p) => next() < p };
}

/** The run's seed: FUZZ_SEED when set, else a fresh one. */
export const FUZZ_SEED: number = process.env.FUZZ_SEED !== undefined && process.env.FUZZ_SEED !== ''
  ? Number(process.env.FUZZ_SEED) >>> 0
  : Math.floor(Math.random() * 2 ** 32);

/** How many cases a suite runs: `base` × FUZZ_SCALE. */
export const cases = (base: number): number => Math.max(1, Math.round(base * Number(process.env.FUZZ_SCALE ?? 1)));

/** One seed per suite, derived from the run's seed, so suites do not share a sequence. */
export function suiteRng(name: string): Rng {
  let h = FUZZ_SEED;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x9e3779b1) >>> 0;
  console.log(`fuzz ${name}: seed ${FUZZ_SEED} (replay with FUZZ_SEED=${FUZZ_SEED})`);
  return seededRng(h);
}
