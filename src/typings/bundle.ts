// The shipped typings (types/*.d.ts) are the one source of truth. `write-types` joins them into a single
// script-style file for projects that do not install dnscode as a package.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package's types/ folder: two levels up from both src/typings and dist/typings. */
export const TYPES_DIR = fileURLToPath(new URL('../../types/', import.meta.url));

const REFERENCE = /^\/\/\/\s*<reference\s+path="([^"]+)"\s*\/>\s*$/;

/** The .d.ts files that types/index.d.ts references, in order. */
export async function typingFiles(typesDir = TYPES_DIR): Promise<string[]> {
  const index = await readFile(path.join(typesDir, 'index.d.ts'), 'utf8');
  return index.split('\n').flatMap((line) => {
    const m = REFERENCE.exec(line.trim());
    return m ? [path.join(typesDir, m[1]!)] : [];
  });
}

/** One self-contained .d.ts with every DSL declaration (the reference lines between the parts dropped). */
export async function bundleTypings(version: string, typesDir = TYPES_DIR): Promise<string> {
  const parts = await Promise.all((await typingFiles(typesDir)).map((f) => readFile(f, 'utf8')));
  const header = [
    `// Typings for dnsconfig.js, written by \`dnscode write-types\` (dnscode ${version}). Do not edit.`,
    '// Use: add `/// <reference path="types-dnscontrol.d.ts" />` at the top of dnsconfig.js, or list this file',
    '// in tsconfig.json/jsconfig.json.',
    '',
  ];
  const body = parts.map((text) => text.split('\n').filter((line) => !REFERENCE.test(line.trim())).join('\n').trim());
  return `${header.join('\n')}\n${body.join('\n\n')}\n`;
}
