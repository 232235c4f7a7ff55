// Typed errors. Library code throws these; only src/cli/main.ts turns them into output and exit codes.

/** Where in a config or zone file something is (1-based line and column). */
export interface SourcePos {
  file: string;
  line: number;
  column: number;
}

export function formatPos(pos: SourcePos | undefined): string {
  return pos ? `${pos.file}:${pos.line}:${pos.column}: ` : '';
}

/** A problem in the user's config, with its location. */
export class ConfigError extends Error {
  readonly pos?: SourcePos;
  /** The lines of the config at `pos`, with a caret (src/_util/code-frame.ts); the CLI prints it under the
   *  message. Added by dnscode from the text it served to the evaluator, never sent by the evaluator. */
  frame?: string;
  constructor(message: string, pos?: SourcePos) {
    super(`${formatPos(pos)}${message}`);
    this.name = 'ConfigError';
    this.pos = pos;
  }
}

/** A zone file that cannot be parsed: file, line, column and the offending token. */
export class ZoneParseError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly token: string;
  constructor(file: string, line: number, column: number, token: string, reason: string) {
    // A token may be megabytes long (a whole line without a space): the message quotes its start.
    super(`${file}:${line}:${column}: ${reason}${token ? ` (at ${JSON.stringify(token.length > 80 ? `${token.slice(0, 80)}…` : token)})` : ''}`);
    this.name = 'ZoneParseError';
    this.file = file; this.line = line; this.column = column; this.token = token;
  }
}

/** Several problems found in one pass; printed one per "  - " line. */
export class ValidationError extends Error {
  readonly subject: string;
  readonly reasons: string[];
  constructor(subject: string, reasons: string[]) {
    super(`${subject}:\n${reasons.map((r) => `  - ${r}`).join('\n')}`);
    this.name = 'ValidationError';
    this.subject = subject;
    this.reasons = reasons;
  }
}

export interface ProviderErrorDetails {
  cause?: unknown;
  /** Human lines of the changes that reached the provider before the failure. */
  applied?: string[];
  /** Human lines of the changes that were not applied. */
  notApplied?: string[];
}

/** A provider call failed. `applied`/`notApplied` tell the user exactly what reached the provider. */
export class ProviderError extends Error {
  readonly provider: string;
  readonly zone: string;
  readonly details: ProviderErrorDetails;
  constructor(provider: string, zone: string, message: string, details: ProviderErrorDetails = {}) {
    // Errors that concern no single zone (listing zones) read "BIND: ...", not "BIND : ...".
    super(`${provider}${zone ? ` ${zone}` : ''}: ${message}`, { cause: details.cause });
    this.name = 'ProviderError';
    this.provider = provider;
    this.zone = zone;
    this.details = details;
  }
}

/** A saved plan (`push --plan FILE`) that will not be applied: unreadable, damaged (each reason names its JSON
 *  path), edited since preview wrote it, or not the plan whose digest was pinned. */
export class PlanFileError extends Error {
  readonly file: string;
  readonly reasons: string[];
  constructor(file: string, message: string, reasons: string[] = []) {
    super(`--plan ${file}: ${message}${reasons.length ? `:\n${reasons.map((r) => `  - ${r}`).join('\n')}` : ''}`);
    this.name = 'PlanFileError';
    this.file = file;
    this.reasons = reasons;
  }
}

/** A usage problem with the command line (bad flag value, bad --domains filter, ...). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Ends the process with a given code after printing `message` (if any). */
export class ExitError extends Error {
  readonly code: number;
  constructor(code: number, message = '') {
    super(message);
    this.name = 'ExitError';
    this.code = code;
  }
}
