// DNSOVERHTTPS: the provider type (creds fields, factory); the registrar is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { NAME } from './api.js';

export const doh: ProviderType = providerType({
  name: NAME,
  roles: ['registrar'],
  diffMode: 'record',
  capabilities: { canConcur: can('read-only NS lookups') },
  credsFields: [
    { name: 'host', default: 'dns.google', help: 'DNS-over-HTTPS resolver host, queried at https://{host}/dns-query (e.g. cloudflare-dns.com)' },
    { name: 'url', advanced: true, kind: 'url', help: 'full DoH endpoint URL instead of host, e.g. a local RFC 8484 responder (http://127.0.0.1:8053/dns-query)' },
    ...HTTP_CREDS_FIELDS.filter((f) => f.name !== 'base_url'),
  ],
  // The code is loaded only when the registrar is used.
  createRegistrar: async (ctx) => new (await import('./provider.js')).DohRegistrar(ctx),
});
