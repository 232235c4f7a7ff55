// What a preview or push takes: the config, the creds file, the selection of providers and domains, and the
// output and safety choices. The CLI fills it from its flags.
import type { DslOptions } from '../config/options.js';

export interface FilterOptions {
  creds: string;
  providers?: string;
  domains?: string;
}

export interface PreviewOptions extends DslOptions, FilterOptions {
  report?: string;
  expectNoChanges?: boolean;
  full?: boolean;
  noColors?: boolean;
  disableordering?: boolean;
  bindserial?: number;
  reportmax?: number;
  populate?: boolean;
  populateOnPreview?: boolean;
  cmode?: string;
  cmax?: number;
  /** --format text|json|markdown. */
  format?: string;
  /** --plan FILE: preview saves the plan there; push applies it. */
  plan?: string;
  /** push --plan FILE --plan-digest HEX: apply the plan only if its digest is HEX (the one a reviewer saw). */
  planDigest?: string;
  force?: boolean;
  /** --notify: send the notifications of creds.json's `notifications` block (src/run/notifications.ts). */
  notify?: boolean;
  /** --max-change PERCENT: the safety limit for every provider (src/safety). */
  maxChange?: number | string;
}
