// The provider's TYPE and defaults, shared by the provider type's data (index.ts) and its code, which
// index.ts loads only when the provider is used.
export const NAME = 'POWERDNS';
/** Timeout of one API request (creds `timeout`). */
export const DEFAULT_PDNS_TIMEOUT_MS = 15_000;
