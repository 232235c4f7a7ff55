// TTL values in zone files: plain seconds or BIND's unit form ("1h30m", "2W"). Hand-written: tiny grammar.

const UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** Seconds, or undefined when `text` is not a TTL (so callers can try it as a class or type). */
export function parseTtl(text: string): number | undefined {
  const n = text.length;
  if (n === 0) return undefined;
  let total = 0, num = -1, sawUnit = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) { num = (num < 0 ? 0 : num) * 10 + (c - 48); continue; }
    const unit = UNIT[text[i]!.toLowerCase()];
    if (unit === undefined || num < 0) return undefined;
    total += num * unit;
    num = -1;
    sawUnit = true;
  }
  if (num >= 0) {
    // A bare number is only valid alone ("3600"), not after units ("1h30").
    if (sawUnit) return undefined;
    total = num;
  }
  return total <= 0xffffffff ? total : undefined;
}
