// Option shapes shared by the commands; main.ts fills them from argv.

export interface DslOptions {
  config?: string;
  ir?: string;
  /** -v name=value, repeatable. */
  variable: string[];
  allowFetch?: boolean;
  debug?: boolean;
  /** --config-root: the directory tree the config may read (default: the config file's directory). */
  configRoot?: string;
  /** --eval-timeout SECONDS and --eval-max-memory MB: limits of the isolated evaluation. */
  evalTimeout?: number;
  evalMaxMemory?: number;
}

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
  /** Issue 5: --format text|json|markdown, --plan FILE, --force. */
  format?: string;
  plan?: string;
  /** push --plan FILE --plan-digest HEX: apply the plan only if its digest is HEX (the one a reviewer saw). */
  planDigest?: string;
  force?: boolean;
  /** --max-change PERCENT: the safety limit for every provider (src/safety). */
  maxChange?: number | string;
}

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
