// INTERNETBS: Internet.bs as a registrar (the delegation of a domain registered there); it has no DNS role here.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { NAME } from './api.js';

export const internetbs: ProviderType = providerType({
  name: NAME,
  roles: ['registrar'],
  diffMode: 'record',
  capabilities: { canConcur: can('one read and at most one update per domain') },
  credsFields: [
    { name: 'api-key', secret: true, required: true, help: 'API key (given with API access to the account)' },
    { name: 'password', secret: true, required: true, help: 'API password (set in the account\'s API settings)' },
    ...HTTP_CREDS_FIELDS,
  ],
  warnUnknownCreds: true,
  // The registrar's code is loaded only when it is used (check and the other providers' runs never load it).
  createRegistrar: async (ctx) => new (await import('./provider.js')).InternetbsRegistrar(ctx),
});
