// A provider that is both a DNS provider and a registrar (DNSimple, Gandi, Name.com, INWX, OVH, Namecheap) uses one API client
// for both roles of a creds.json entry, as DNSControl does: one login or session, one rate limiter.
import type { ProviderContext } from '../types.js';

/** The client `make` builds, once per creds.json entry and type (the run's ctx.shared); a fresh one without it. */
export function sharedClient<T>(ctx: ProviderContext, type: string, make: () => T): T {
  if (!ctx.shared) return make();
  const key = `${type}:client`;
  if (!ctx.shared.has(key)) ctx.shared.set(key, make());
  return ctx.shared.get(key) as T;
}
