// Fuzz seeds: the repo's own test data (zone files, configs, creds), read once.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const filesIn = (dir: string, re: RegExp) =>
  fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => re.test(f)).map((f) => path.join(dir, f));

export interface ZoneSeed { file: string; origin: string; text: string }

export function zoneSeeds(): ZoneSeed[] {
  return [...filesIn('test/zones', /\.(zone|include)$/), ...filesIn('src/providers/bind', /\.zone$/)].map((file) => {
    const text = read(file);
    const origin = /^\$ORIGIN\s+(\S+?)\.?\s*$/m.exec(text)?.[1] ?? 'example.com';
    return { file, origin, text };
  });
}

/** dnsconfig.js files that run on their own or with files beside them (copied along: lib/, glob/). */
export function configSeeds(): { file: string; text: string }[] {
  return [...filesIn('src/dsl/testdata', /^[^/]+\.js$/), ...filesIn('test/dsl/parity', /\.js$/), 'example/dnsconfig.js']
    .map((file) => ({ file, text: read(file) }));
}

export function credsSeeds(): string[] {
  const docs = filesIn('docs/providers', /\.md$/).flatMap((f) => [...read(f).matchAll(/```jsonc?\n(\{[\s\S]*?\})\n```/g)].map((m) => m[1]!));
  return [
    read('example/creds.json'),
    '{\n  // zone files in ./zones\n  "bind": { "TYPE": "BIND", "directory": "zones" },\n}\n',
    '{ "cf": { "TYPE": "CLOUDFLAREAPI", "apitoken": "$CF_TOKEN", "_exclude_from_defaults": "true" }, "notifications": { "notify_on_push": true } }',
    ...docs,
  ];
}
