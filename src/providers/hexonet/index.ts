// HEXONET: the name DNSControl used (until v4.35) for HEXONET's ISPAPI, whose successor is CNR: the same
// command protocol at api.ispapi.net with an s_entity. The registrar role only; the client is CNR's
// (src/providers/cnr/), so this folder is just the type.
import { can, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { CNR_CREDS_FIELDS } from '../cnr/creds.js';

export const hexonet: ProviderType = providerType({
  name: 'HEXONET',
  roles: ['registrar'],
  diffMode: 'record',
  capabilities: { canConcur: can('one StatusDomain and at most one ModifyDomain per domain') },
  credsFields: CNR_CREDS_FIELDS,
  warnUnknownCreds: true,
  createRegistrar: async (ctx) => new (await import('../cnr/provider.js')).CnrRegistrar(ctx, 'HEXONET'),
});
