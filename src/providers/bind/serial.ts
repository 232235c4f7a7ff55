// SOA serial rules, as DNSControl bumps serials: yyyymmddnn, bumped only when the zone changes.

/** Today's yyyymmdd00 in UTC. */
export function dateSerial(now: Date): number {
  return (now.getUTCFullYear() * 10000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate()) * 100;
}

/** The next serial after `old`: max(yyyymmdd00, old+1), kept within 32 bits and never 0. */
export function nextSerial(old: number, now: Date = new Date()): number {
  const next = Math.max(dateSerial(now), (old + 1) % 2 ** 32);
  return next === 0 ? 1 : next;
}
