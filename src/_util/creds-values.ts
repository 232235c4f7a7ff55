// The numbers a creds.json value may hold, read one way by everything that reads them: the kind check that
// runs before a provider is made (providers/_core/creds.ts) and the parsers that then use the value
// (the HTTP knobs, the timeouts).

/** A number of 0 or more ("2", "0.5"), or undefined. */
export function nonNegativeNumber(value: string): number | undefined {
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** A number above 0 (seconds: "30", "1.5"), or undefined. */
export function positiveNumber(value: string): number | undefined {
  const n = nonNegativeNumber(value);
  return n !== undefined && n > 0 ? n : undefined;
}
