// TTL values as DNSControl accepts them: numbers, numeric strings, or durations such as "1h30m".
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800, n: 2592000, y: 31536000 };

/** Seconds for a TTL argument, or an Error message (string) when it cannot be read. */
export function parseTTL(v: unknown): number | string {
  if (typeof v === 'number') {
    return Number.isInteger(v) && v >= 0 ? v : `TTL must be a non-negative integer, got ${v}`;
  }
  if (typeof v !== 'string') return `TTL must be a number or a duration string, got ${typeof v}`;
  const s = v.trim().toLowerCase();
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^(\d+[smhdwny])+$/.test(s)) return `${JSON.stringify(v)} is not a valid TTL (use e.g. 300, "5m", "1h30m")`;
  let total = 0;
  for (const m of s.matchAll(/(\d+)([smhdwny])/g)) total += Number(m[1]) * UNIT_SECONDS[m[2]!]!;
  return total;
}
