// "did you mean MX?" for an unknown name in a config. The edit distance is hand-written: no edit-distance
// library is among dnscode's dependencies, and the names compared are short DSL identifiers.

/** Longest unknown name compared (a config can misspell a name of any length; the distance is quadratic). */
const MAX_NAME = 64;

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein where a transposition counts as one edit and no
 * substring is edited twice), or `limit + 1` once it is sure to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** How far a name may be from a candidate: short names are a few edits from many DSL names (`x` is one
 *  edit from `A`), so they get fewer. A name equal but for case (`Mx`, `NewDNSProvider`) always matches. */
const allowed = (name: string): number => (name.length <= 2 ? 0 : name.length <= 4 ? 1 : 2);

/**
 * The candidates nearest to `name` (case-insensitive Damerau–Levenshtein distance within `allowed`), best
 * first; several only when they are equally near (at most three). `preferred` names win ties (the DSL's own
 * names over the config's variables).
 */
export function nearestNames(name: string, candidates: Iterable<string>, preferred?: ReadonlySet<string>): string[] {
  if (name.length > MAX_NAME) return [];
  const limit = allowed(name);
  const lower = name.toLowerCase();
  let best = limit + 1;
  let found: string[] = [];
  for (const c of new Set(candidates)) {
    if (c === name || c.length > MAX_NAME) continue;
    const d = editDistance(lower, c.toLowerCase(), Math.min(limit, best));
    if (d < best) { best = d; found = [c]; } else if (d === best && d <= limit) found.push(c);
  }
  const rank = (c: string) => (preferred?.has(c) ? 0 : 1);
  return found.sort((x, y) => rank(x) - rank(y) || x.localeCompare(y)).slice(0, 3);
}

/** " did you mean MX?" (with its leading `; `), or "" when nothing is near. */
export function didYouMean(name: string, candidates: Iterable<string>, preferred?: ReadonlySet<string>): string {
  const near = nearestNames(name, candidates, preferred);
  return near.length ? `; did you mean ${near.join(' or ')}?` : '';
}
