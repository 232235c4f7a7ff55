// One API client per creds entry for a type that is both a DNS provider and a registrar: the DNS provider
// and the registrar made from the same creds entry share it, as in DNSControl, so they share its rate
// limiter and throttle pauses (Namecheap counts calls per user) and its session state (OVH's server-time
// offset is read once).
const clients = new Map<string, unknown>();

/** The client for this type and creds entry, made by `make` the first time it is asked for. */
export function sharedClient<T>(type: string, credkey: string, creds: Record<string, string>, make: () => T): T {
  const key = JSON.stringify([type, credkey, Object.entries(creds).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
  let c = clients.get(key) as T | undefined;
  if (c === undefined) { c = make(); clients.set(key, c); }
  return c;
}
