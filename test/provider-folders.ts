// The provider registry as the test suites see it: each registered type with its folder
// (src/providers/<folder>/index.ts) and, for a cloud API, the fake at test/fakes/<folder>/server.ts.
// Suites iterate this, so a new provider is tested without editing any list.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allProviderTypes } from '../src/providers/registry.js';
import type { ProviderType } from '../src/providers/types.js';
import type { FakeProvider } from './fakes/fake.js';

const ROOT = join(import.meta.dirname, '..');
const PROVIDERS = join(ROOT, 'src/providers');

/** Provider folders; shared code lives in folders starting with "_". */
export const PROVIDER_FOLDERS = readdirSync(PROVIDERS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => d.name);

async function typeIn(folder: string): Promise<ProviderType | undefined> {
  const mod = (await import(join(PROVIDERS, folder, 'index.ts'))) as Record<string, unknown>;
  return Object.values(mod).find((v): v is ProviderType => allProviderTypes().includes(v as ProviderType));
}

/** Each folder and the registered type it exports (undefined: the folder is not registered). */
export const FOLDER_TYPES: ReadonlyArray<readonly [string, ProviderType | undefined]> = await Promise.all(
  PROVIDER_FOLDERS.map(async (f) => [f, await typeIn(f)] as const),
);

const folderOf = new Map(FOLDER_TYPES.flatMap(([f, t]) => (t ? [[t, f] as const] : [])));

/** Every registered type, in registry order, with its folder ('?' when none exports it). */
export const REGISTERED = allProviderTypes().map((t) => ({ type: t, folder: folderOf.get(t) ?? '?' }));

/** Whether the type talks to a cloud API (it takes `base_url`): it then needs a fake. */
export const isCloud = (t: ProviderType): boolean => t.credsFields.some((f) => f.name === 'base_url');

/** The fakes, found from the registry: test/fakes/<folder>/server.ts exporting `fake`. */
export const FAKES: ReadonlyArray<{ type: ProviderType; folder: string; fake: FakeProvider }> = (
  await Promise.all(
    REGISTERED.filter((r) => existsSync(join(ROOT, 'test/fakes', r.folder, 'server.ts'))).map(async (r) => {
      const mod = (await import(join(ROOT, 'test/fakes', r.folder, 'server.ts'))) as { fake?: FakeProvider };
      return mod.fake ? [{ ...r, fake: mod.fake }] : [];
    }),
  )
).flat();
