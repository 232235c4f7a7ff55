// OPENSRS: OpenSRS (Tucows) as a registrar: the delegation of a domain registered there.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { NAME } from './api.js';

export const opensrs: ProviderType = providerType({
  name: NAME,
  roles: ['registrar'],
  diffMode: 'record',
  capabilities: { canConcur: can('two reads and at most one update per domain') },
  credsFields: [
    { name: 'username', required: true, help: 'reseller username (sent as X-Username)' },
    { name: 'apikey', secret: true, required: true, help: 'reseller API key (signs each request; never sent)' },
    { name: 'baseurl', help: 'API endpoint, e.g. https://horizon.opensrs.net:55443 for the test system (default: the live one)' },
    ...HTTP_CREDS_FIELDS,
  ],
  warnUnknownCreds: true,
  // The registrar's code is loaded only when it is used (check and the other providers' runs never load it).
  createRegistrar: async (ctx) => new (await import('./provider.js')).OpensrsRegistrar(ctx),
});
