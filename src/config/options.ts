// What loading a config takes: the config (or IR) to read and the limits of its isolated evaluation.
// The CLI fills it from its flags; library users fill it themselves.

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
