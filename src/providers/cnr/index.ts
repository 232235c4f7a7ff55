// CNR: CentralNic Reseller as a registrar (the delegation of a domain registered there). DNSControl also has
// it as a DNS provider; here it is the registrar role only.
import { can, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { CNR_CREDS_FIELDS } from './creds.js';

export const cnr: ProviderType = providerType({
  name: 'CNR',
  roles: ['registrar'],
  diffMode: 'record',
  capabilities: { canConcur: can('one StatusDomain and at most one ModifyDomain per domain') },
  credsFields: CNR_CREDS_FIELDS,
  warnUnknownCreds: true,
  // The registrar's code is loaded only when it is used (check and the other providers' runs never load it).
  createRegistrar: async (ctx) => new (await import('./provider.js')).CnrRegistrar(ctx, 'CNR'),
});
