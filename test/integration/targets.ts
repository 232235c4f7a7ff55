// Every provider the suite runs against: each fake server, plus real ones when present.
import type { ProviderType } from '../../src/providers/types.js';
import type { FakeServer } from '../fakes/_server.js';
import { cloudflare } from '../../src/providers/cloudflare/index.js';
import { startCloudflareFake } from '../fakes/cloudflare/server.js';
import { route53 } from '../../src/providers/route53/index.js';
import { startRoute53Fake } from '../fakes/route53/server.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bind } from '../../src/providers/bind/index.js';
import { digitalocean } from '../../src/providers/digitalocean/index.js';
import { startDigitalOceanFake } from '../fakes/digitalocean/server.js';
import { desec } from '../../src/providers/desec/index.js';
import { startDesecFake } from '../fakes/desec/server.js';
import { hetznerv2 } from '../../src/providers/hetznerv2/index.js';
import { startHetznerV2Fake } from '../fakes/hetznerv2/server.js';
import { hetzner } from '../../src/providers/hetzner/index.js';
import { startHetznerFake } from '../fakes/hetzner/server.js';
import { gandiv5 } from '../../src/providers/gandiv5/index.js';
import { startGandiFake } from '../fakes/gandiv5/server.js';
import { gcloud } from '../../src/providers/gcloud/index.js';
import { startGCloudFake } from '../fakes/gcloud/server.js';
import { azuredns } from '../../src/providers/azuredns/index.js';
import { startAzureFake } from '../fakes/azuredns/server.js';
import type { Target } from './harness.js';

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
  {
    label: 'CLOUDFLAREAPI (fake)', fake: true,
    start: async (zone, creds = {}) => {
      const fake = await startCloudflareFake();
      return fromFake('CLOUDFLAREAPI', cloudflare, fake, zone, { apitoken: fake.token, accountid: 'acc1', base_url: `${fake.url}/client/v4`, ...creds });
    },
  },
  {
    label: 'ROUTE53 (fake)', fake: true,
    start: async (zone, creds = {}) => {
      const fake = await startRoute53Fake();
      return fromFake('ROUTE53', route53, fake, zone, { KeyId: fake.accessKeyId, SecretKey: fake.secretAccessKey, ...creds });
    },
  },
  {
    label: 'DIGITALOCEAN (fake)', fake: true,
    start: async (zone, creds = {}) => {
      const fake = await startDigitalOceanFake();
      return fromFake('DIGITALOCEAN', digitalocean, fake, zone, { token: fake.token, base_url: `${fake.url}/v2`, ...creds });
    },
  },
  {
    label: 'DESEC (fake)', fake: true, oneRequest: true,
    start: async (zone, creds = {}) => {
      const fake = await startDesecFake();
      fake.minimumTtl = 60; // lowered on request, as deSEC does; the 3600 default is tested on its own
      return fromFake('DESEC', desec, fake, zone, { 'auth-token': fake.token, base_url: `${fake.url}/api/v1`, ...creds });
    },
  },
  {
    label: 'HETZNER_V2 (fake)', fake: true,
    start: async (zone, creds = {}) => {
      const fake = await startHetznerV2Fake();
      return fromFake('HETZNER_V2', hetznerv2, fake, zone, { api_token: fake.token, base_url: `${fake.url}/v1`, ...creds });
    },
  },
  {
    label: 'HETZNER (fake)', fake: true, oneRequest: true,
    start: async (zone, creds = {}) => {
      const fake = await startHetznerFake();
      return fromFake('HETZNER', hetzner, fake, zone, { api_key: fake.token, base_url: `${fake.url}/api/v1`, ...creds });
    },
  },
  {
    label: 'GANDI_V5 (fake)', fake: true,
    start: async (zone, creds = {}) => {
      const fake = await startGandiFake();
      return fromFake('GANDI_V5', gandiv5, fake, zone, { token: fake.token, base_url: `${fake.url}/v5/livedns`, ...creds });
    },
  },
  {
    label: 'GCLOUD (fake)', fake: true, oneRequest: true,
    start: async (zone, creds = {}) => {
      const fake = await startGCloudFake();
      return fromFake('GCLOUD', gcloud, fake, zone, {
        project_id: fake.project, client_email: fake.clientEmail, private_key: fake.privateKey, token_uri: `${fake.url}/token`,
        base_url: `${fake.url}/dns/v1`, ...creds,
      });
    },
  },
  {
    label: 'AZURE_DNS (fake)', fake: true,
    start: async (zone, creds = {}) => {
      const fake = await startAzureFake();
      return fromFake('AZURE_DNS', azuredns, fake, zone, {
        SubscriptionID: fake.subscription, ResourceGroup: fake.resourceGroup, TenantID: fake.tenant, ClientID: fake.clientId,
        ClientSecret: fake.clientSecret, login_url: fake.url, ...creds,
      });
    },
  },
];
