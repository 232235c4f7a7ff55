// Everything a provider needs besides its folder is found from the registry: each registered type lives in
// src/providers/<folder>/index.ts, has docs/providers/<folder>.md whose generated creds and capability tables
// match its declaration, and, when it talks to a cloud API (it takes `base_url`), a fake at test/fakes/<folder>/.
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKES, FOLDER_TYPES, isCloud, PROVIDER_FOLDERS, REGISTERED } from '../provider-folders.js';
import { withGenerated } from './provider-docs.js';
import { FAKE_TARGETS } from './targets.js';

const ROOT = join(import.meta.dirname, '../..');
const PROVIDERS = join(ROOT, 'src/providers');
const cases = REGISTERED.map(({ type, folder }) => [type.name, folder, type] as const);

describe('provider registry', () => {
  it('every provider folder exports a registered type, and every registered type has a folder', () => {
    expect(FOLDER_TYPES.filter(([, t]) => !t).map(([f]) => f)).toEqual([]);
    expect(cases.filter(([, f]) => f === '?').map(([n]) => n)).toEqual([]);
  });

  it.each(cases)('%s: docs/providers/%s.md has the current creds and capability tables', async (_n, folder, type) => {
    const path = join(ROOT, 'docs/providers', `${folder}.md`);
    const doc = await readFile(path, 'utf8');
    const want = withGenerated(doc, type);
    if (process.env.UPDATE_DOCS && want !== doc) await writeFile(path, want);
    else expect(doc).toBe(want);
  });

  const cloud = cases.filter(([, , t]) => isCloud(t));
  it.each(cloud)('%s: a cloud API has a fake at test/fakes/%s/server.ts (exporting `fake`), so the suites run it', async (name, folder) => {
    expect(existsSync(join(ROOT, 'test/fakes', folder, 'server.ts'))).toBe(true);
    expect(FAKES.map((f) => f.folder)).toContain(folder);
    const type = REGISTERED.find((r) => r.folder === folder)!.type;
    if (type.createDns) expect(FAKE_TARGETS().map((t) => t.label)).toContain(`${name} (fake)`);
    else expect(FAKES.find((f) => f.folder === folder)!.fake.registrar, 'a registrar-only fake declares `registrar`').toBeDefined();
  });

  it.each(cases)('%s: every creds field has a one-line description', (_n, _f, type) => {
    for (const f of type.credsFields) expect(f.help, f.name).toMatch(/^[^\n]+$/);
  });
});

describe('provider folder shape', () => {
  const FILES = ['index.ts', 'provider.ts', 'api.ts', 'convert.ts', 'audit.ts'];
  /** docs/architecture.md lists what a provider omits and why: folder → omitted files. */
  const omitted = async () => {
    const doc = await readFile(join(ROOT, 'docs/architecture.md'), 'utf8');
    const table = doc.slice(doc.indexOf('| folder | omits | why |'));
    return new Map([...table.matchAll(/^\| (\w+) \| ([^|]+) \|/gm)].slice(1).map((m) => [m[1]!, m[2]!.split(',').map((f) => f.trim())]));
  };

  it.each(PROVIDER_FOLDERS)('src/providers/%s has index, provider, api, convert and audit, or docs/architecture.md says why not', async (folder) => {
    const own = new Set(readdirSync(join(PROVIDERS, folder)));
    const missing = FILES.filter((f) => !own.has(f));
    expect(missing).toEqual((await omitted()).get(folder) ?? []);
  });
});
