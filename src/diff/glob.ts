// IGNORE*() patterns. DNSControl compiles them with gobwas/glob without separators, so `*` also matches
// dots, `?` one character, `[a-z]`/`[!a-z]` classes and `{a,b}` alternatives. picomatch gets there with
// bash mode (single `*` crosses everything), dotfiles allowed and no extglob/negation syntax.
import picomatch from 'picomatch';
import type { UnmanagedConfig } from '../ir/types.js';

export type Matcher = (s: string) => boolean;

const OPTIONS: picomatch.PicomatchOptions = { bash: true, dot: true, noextglob: true, nonegate: true, strictSlashes: true };
const cache = new Map<string, Matcher>();

/** "" and "*" match everything; matching is case-sensitive like gobwas. */
export function compileGlob(pattern: string): Matcher {
  if (pattern === '' || pattern === '*') return () => true;
  let m = cache.get(pattern);
  if (!m) {
    // Without metacharacters a glob is a plain comparison; skip picomatch's regex for the common case.
    // gobwas negates a class with `[!…]`; picomatch wants `[^…]`.
    m = /[*?[\]{}\\]/.test(pattern) ? picomatch(pattern.replaceAll('[!', '[^'), OPTIONS) : (s: string) => s === pattern;
    cache.set(pattern, m);
  }
  return m;
}

export interface CompiledUnmanaged {
  label: Matcher;
  /** Empty set: any type. */
  types: Set<string>;
  target: Matcher;
}

/** rType_pattern is a comma list of types ("A,CNAME") or "*". */
export function compileUnmanaged(uc: UnmanagedConfig): CompiledUnmanaged {
  const types = new Set(
    (uc.rType_pattern ?? '').split(',').map((t) => t.trim().toUpperCase()).filter((t) => t !== '' && t !== '*'),
  );
  return { label: compileGlob(uc.label_pattern ?? ''), types, target: compileGlob(uc.target_pattern ?? '') };
}

export function matchesUnmanaged(u: CompiledUnmanaged, label: string, type: string, target: string): boolean {
  return (u.types.size === 0 || u.types.has(type)) && u.label(label) && u.target(target);
}
