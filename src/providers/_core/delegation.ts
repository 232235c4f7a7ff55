// A registrar's one correction: the delegation (the NS list at the registry) set to the domain's nameservers
// as one whole list, as DNSControl's registrars do. Both lists are compared without case, trailing dots,
// duplicates or order, so "NS1.Example.net." and "ns1.example.net" are the same nameserver.
import type { DomainConfig } from '../../ir/types.js';
import type { Correction } from '../types.js';

/** Lower case, no trailing dot, no empty names or duplicates, sorted. */
export function nameserverSet(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim().replace(/\.$/, '').toLowerCase()).filter((n) => n !== ''))].sort();
}

/** The domain's desired delegation: its nameservers (NAMESERVER() and its DNS providers', as gathered). */
export function desiredNameservers(dc: DomainConfig): string[] {
  return nameserverSet((dc.nameservers ?? []).map((n) => n.name));
}

export interface DelegationOptions {
  /** The delegation as the registrar reports it now. */
  live: readonly string[];
  /** The desired one (desiredNameservers(dc) unless the registrar adjusts it). */
  want: readonly string[];
  /** DNSControl's wording for this registrar; default "Update nameservers a,b -> c,d". */
  message?: (have: string, want: string) => string;
  /** Sets the whole list (sorted, normalised); none: the correction is a note only. */
  set?: (nameservers: string[]) => Promise<void>;
}

/** No correction when the lists are the same; otherwise one that sets the whole list. */
export function delegationCorrections(o: DelegationOptions): Correction[] {
  const before = nameserverSet(o.live);
  const after = nameserverSet(o.want);
  if (before.join(',') === after.join(',')) return [];
  const msg = (o.message ?? ((h, w) => `Update nameservers ${h} -> ${w}`))(before.join(','), after.join(','));
  const set = o.set;
  return [{ msg, delegation: { before, after }, ...(set ? { run: () => set(after) } : {}) }];
}
