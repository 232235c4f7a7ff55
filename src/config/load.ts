// Contract (implemented by the DSL work): find and evaluate the config, or read --ir, then normalise.
import type { DNSConfig } from '../ir/types.js';
import type { DslOptions } from '../cli/options.js';
import type { Io } from '../cli/io.js';

export interface LoadOptions {
  /** Skip validation/normalisation (print-ir --raw). */
  raw?: boolean;
}

/** Evaluate dnsconfig.js/.ts/.mjs (or read --ir JSON), then validate and normalise. Throws ConfigError/ValidationError. */
export async function loadConfig(_opts: DslOptions, _io: Io, _load: LoadOptions = {}): Promise<DNSConfig> {
  throw new Error('loadConfig: not implemented yet');
}
