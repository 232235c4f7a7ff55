// Every provider the suite runs against: each fake server, plus real ones when present.
import type { ProviderType } from '../../src/providers/types.js';
import type { FakeServer } from '../fakes/_server.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bind } from '../../src/providers/bind/index.js';
import type { Target } from './harness.js';
import { FAKES } from '../provider-folders.js';

export interface Started {
  target: Target;
  /** The creds the provider was made with (for writing a creds.json). */
  creds?: Record<string, string>;
  fake?: FakeServer;
  close(): Promise<void>;
}

export interface TargetFactory {
  label: string;
  /** A fake API server (supports fault injection and request counting). */
  fake?: boolean;
  /** 700 creations go in one request (deSEC bulk, Hetzner bulk POST, one Google change): nothing can be half applied. */
  oneRequest?: boolean;
  start(zone: string, creds?: Record<string, string>): Promise<Started>;
}

/** Fast retries so chaos tests do not sleep for real backoff times. */
const FAST = { http_retry_base_ms: '2', max_requests_per_second: '0', max_concurrency: '8' };

async function fromFake(label: string, type: ProviderType, fake: FakeServer, zone: string, creds: Record<string, string>): Promise<Started> {
  const all = { ...FAST, base_url: fake.url, ...creds };
  const provider = await type.createDns!({ credkey: label.toLowerCase(), creds: all, meta: {} });
  return { target: { label, type, provider, zone }, fake, creds: all, close: () => fake.close() };
}

export const FAKE_TARGETS = (): TargetFactory[] => TARGETS.filter((t) => t.fake);

export const TARGETS: TargetFactory[] = [
  {
    label: 'BIND (zone files)',
    start: async (zone) => {
      const dir = await mkdtemp(join(tmpdir(), 'dnscode-suite-'));
      const provider = await bind.createDns!({ credkey: 'bind', creds: { directory: dir }, meta: {} });
      return { target: { label: 'BIND', type: bind, provider, zone }, close: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  // Every cloud DNS provider against its fake, found from the registry (test/provider-folders.ts); a
  // registrar-only type has no zone to run these suites on (test/e2e/registrars.test.ts runs its fake).
  ...FAKES.filter(({ type }) => type.createDns).map(({ type, fake }): TargetFactory => ({
    label: `${type.name} (fake)`,
    fake: true,
    oneRequest: fake.oneRequest,
    start: async (zone, creds = {}) => {
      const server = await fake.start();
      return fromFake(type.name, type, server, zone, { ...fake.creds(server), ...creds });
    },
  })),
];
