// A registrar's one correction: the delegation it has (read from its API) against the domain's nameservers
// (src/run fills dc.nameservers from the DNS providers, NAMESERVER() and NO_NS). Both sides are compared
// lowercased, without trailing dots, sorted and without repeats, as DNSControl's registrars do, and a
// difference is one correction that sets the whole list ("Update nameservers a,b -> c,d").
import type { DomainConfig } from '../../ir/types.js';
import type { Correction } from '../types.js';

/** Lowercase, no trailing dot, sorted, each once. */
export function normalizeNameservers(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim().replace(/\.$/, '').toLowerCase()).filter(Boolean))].sort();
}

/** The domain's desired delegation, normalised. */
export function desiredNameservers(dc: DomainConfig): string[] {
  return normalizeNameservers((dc.nameservers ?? []).map((n) => n.name));
}

/** [] when `have` already equals `want`; else one correction whose `run` sets `want` (normalised). */
export function delegationCorrections(have: readonly string[], want: readonly string[], set: (names: string[]) => Promise<void>): Correction[] {
  const h = normalizeNameservers(have);
  const w = normalizeNameservers(want);
  if (h.join(',') === w.join(',')) return [];
  return [{ msg: `Update nameservers ${h.join(',')} -> ${w.join(',')}`, run: () => set(w) }];
}
