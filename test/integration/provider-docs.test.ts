// docs/providers/<name>.md carries a table generated from each ProviderType; this keeps it current.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloudflare } from '../../src/providers/cloudflare/index.js';
import { route53 } from '../../src/providers/route53/index.js';
import { digitalocean } from '../../src/providers/digitalocean/index.js';
import { hetzner } from '../../src/providers/hetzner/index.js';
import { hetznerv2 } from '../../src/providers/hetznerv2/index.js';
import { desec } from '../../src/providers/desec/index.js';
import { gandiv5 } from '../../src/providers/gandiv5/index.js';
import { gcloud } from '../../src/providers/gcloud/index.js';
import { azuredns } from '../../src/providers/azuredns/index.js';
import { getProviderType } from '../../src/providers/registry.js';
import { withGenerated } from './provider-docs.js';

const DOCS = join(import.meta.dirname, '../../docs/providers');
const PAGES = [
  ['cloudflare', cloudflare], ['route53', route53], ['digitalocean', digitalocean], ['hetzner', hetzner], ['hetznerv2', hetznerv2],
  ['desec', desec], ['gandiv5', gandiv5], ['gcloud', gcloud], ['azuredns', azuredns],
] as const;

describe('provider docs', () => {
  it.each(PAGES)('docs/providers/%s.md has the current creds and capability tables', async (file, type) => {
    const path = join(DOCS, `${file}.md`);
    const doc = await readFile(path, 'utf8');
    const want = withGenerated(doc, type);
    if (process.env.UPDATE_DOCS && want !== doc) await writeFile(path, want);
    else expect(doc).toBe(want);
  });

  it.each(PAGES)('%s is in the provider registry', (_f, type) => {
    expect(getProviderType(type.name)).toBe(type);
  });
});
