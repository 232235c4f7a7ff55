// The stable layout of a config, by prettier with fixed options. A project's own .prettierrc is ignored on
// purpose: `dnscode fmt` must give the same bytes on every machine, so `fmt --check` means the same in CI.
// prettier's standalone build with the three plugins configs need (JavaScript and JSON by babel, TypeScript):
// the full package would bring twenty more languages' parsers. Loaded only when `fmt` runs.
import path from 'node:path';
import type { Options } from 'prettier';
import { ConfigError } from '../errors.js';

const PARSERS: Record<string, string> = {
  '.js': 'babel', '.cjs': 'babel', '.mjs': 'babel', '.jsx': 'babel',
  '.ts': 'typescript', '.cts': 'typescript', '.mts': 'typescript',
  '.json': 'json', '.json5': 'json5',
};

export const FORMAT_OPTIONS: Readonly<Options> = {
  printWidth: 120,
  tabWidth: 4,
  useTabs: false,
  semi: true,
  singleQuote: false,
  quoteProps: 'preserve',
  // No trailing commas: DNSControl's ES5 engine rejects them in calls, and configs may be shared with it.
  trailingComma: 'none',
  bracketSpacing: true,
  arrowParens: 'always',
  endOfLine: 'lf',
};

/** The parser for a config file name (by extension; unknown extensions are JavaScript). */
export function parserFor(file: string): string {
  return PARSERS[path.extname(file).toLowerCase()] ?? 'babel';
}

interface PrettierSyntaxError {
  loc?: { start?: { line?: number; column?: number } };
  message?: string;
}

/** Formats `text` (the contents of `file`). Throws ConfigError with file:line:col when it does not parse. */
export async function formatConfig(text: string, file: string): Promise<string> {
  const [prettier, babel, estree, typescript] = await Promise.all([
    import('prettier/standalone'), import('prettier/plugins/babel'), import('prettier/plugins/estree'), import('prettier/plugins/typescript'),
  ]);
  try {
    return await prettier.format(text, { ...FORMAT_OPTIONS, parser: parserFor(file), filepath: undefined, plugins: [babel, estree, typescript] });
  } catch (e) {
    const err = e as PrettierSyntaxError;
    const start = err.loc?.start;
    if (!start?.line) throw e;
    // prettier's message is "reason (line:col)" followed by a code frame: keep the reason only.
    const reason = (err.message ?? 'syntax error').split('\n')[0]!.replace(/\s*\(\d+:\d+\)\s*$/, '');
    throw new ConfigError(reason, { file, line: start.line, column: start.column ?? 1 });
  }
}
