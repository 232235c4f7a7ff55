// --providers, as DNSControl parses it: by default every provider except those marked `_exclude_from_defaults` in
// creds.json; "all" forces every provider; otherwise a comma list of credkeys.

export interface ProviderFilter {
  all: boolean;
  /** Explicit credkeys; undefined = the defaults. */
  names?: Set<string>;
}

export function parseProviderFilter(spec: string | undefined): ProviderFilter {
  const s = (spec ?? '').trim();
  if (s === '') return { all: false };
  if (s.toLowerCase() === 'all') return { all: true };
  return { all: false, names: new Set(s.split(',').map((x) => x.trim()).filter((x) => x !== '')) };
}

export function providerSelected(filter: ProviderFilter, credkey: string, excludeFromDefaults: boolean): boolean {
  if (filter.all) return true;
  if (filter.names) return filter.names.has(credkey);
  return !excludeFromDefaults;
}

/** Names in the filter that are not providers of the config (reported as a warning: they select nothing). */
export function unknownProviders(filter: ProviderFilter, known: Iterable<string>): string[] {
  if (!filter.names) return [];
  const k = new Set(known);
  return [...filter.names].filter((n) => !k.has(n));
}
