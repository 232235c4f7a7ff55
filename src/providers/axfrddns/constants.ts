// The provider's TYPE and defaults, shared by the provider type's data (index.ts) and its code, which
// index.ts loads only when the provider is used.
export const NAME = 'AXFRDDNS';
/** Connect + answer timeout of one DNS exchange (creds `timeout`). */
export const DEFAULT_TIMEOUT_MS = 10_000;
