// CSCGLOBAL: CSC Global Domain Manager as a registrar (the delegation of a domain registered at CSC). CSC's
// DNS hosting (zone edits polled until they propagate) is not a provider in dnscode yet.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { NAME } from './api.js';

export const cscglobal: ProviderType = providerType({
  name: NAME,
  roles: ['registrar'],
  diffMode: 'record',
  capabilities: { canConcur: can('one read and at most one order per domain') },
  credsFields: [
    { name: 'api-key', secret: true, required: true, help: 'API key (the `apikey` header)' },
    { name: 'user-token', secret: true, required: true, help: 'user token (sent as `Authorization: Bearer`)' },
    { name: 'notification_emails', help: 'comma-separated addresses CSC notifies of a nameserver change' },
    ...HTTP_CREDS_FIELDS,
  ],
  warnUnknownCreds: true,
  // The registrar's code is loaded only when it is used (check and the other providers' runs never load it).
  createRegistrar: async (ctx) => new (await import('./provider.js')).CscglobalRegistrar(ctx),
});
