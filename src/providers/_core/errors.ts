// The one wrapper that turns whatever a provider call throws (HTTP, DNS transport, deadline errors, a plain
// Error from a provider's own check) into a ProviderError naming the provider (its creds key) and the zone.
// src/run calls it around every provider call of preview, push and push --plan.
import { ProviderError } from '../../errors.js';

/** Errors that already say where they come from and what to do (a config or zone-file position, ...). */
const PLACED = new Set(['ProviderError', 'ConfigError', 'ValidationError', 'UsageError', 'ExitError', 'ZoneParseError', 'InternalError']);

export interface WrapOptions {
  /** The call only reads (or creates a zone before any record change): say that nothing was applied. */
  nothingApplied: boolean;
}

export function asProviderError(e: unknown, credkey: string, zone: string, o: WrapOptions): Error {
  const suffix = (msg: string) => (o.nothingApplied && !/applied/.test(msg) ? `${msg}; nothing was applied` : msg);
  // A provider error about no zone in particular (listing zones, a creds check) gets this zone's name too.
  if (e instanceof ProviderError && zone && (!e.zone || e.zone === credkey)) {
    return new ProviderError(credkey || e.provider, zone, o.nothingApplied ? `${e.message}; nothing was applied` : e.message, { ...e.details, cause: e });
  }
  if (e instanceof Error && PLACED.has(e.name)) return e;
  return new ProviderError(credkey || 'provider', zone, suffix(e instanceof Error ? e.message : String(e)), { cause: e });
}

/** Runs a provider call; what it throws comes out as asProviderError() words it. */
export async function inProvider<T>(credkey: string, zone: string, f: () => Promise<T>, o: WrapOptions = { nothingApplied: true }): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw asProviderError(e, credkey, zone, o);
  }
}
