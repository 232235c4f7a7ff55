// Option shapes of the commands that only the CLI has; main.ts fills them from argv. The options of the
// layers below are theirs: config/options.ts (loading a config) and run/options.ts (preview and push).
import type { DslOptions } from '../config/options.js';

export type { DslOptions } from '../config/options.js';
export type { FilterOptions, PreviewOptions } from '../run/options.js';

export interface PrintIrOptions extends DslOptions {
  pretty?: boolean;
  out?: string;
  raw?: boolean;
}

export interface GetZonesOptions {
  creds: string;
  format: string;
  out?: string;
  ttl?: number;
}
