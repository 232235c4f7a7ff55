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
  // HEXONET's docs also name the caller's outgoing address, for accounts with an IP filter (sent as s_remoteaddr).
  credsFields: [...CNR_CREDS_FIELDS.slice(0, 4), { name: 'ipaddress', help: 'outgoing IP address, for accounts with an IP filter' }, ...CNR_CREDS_FIELDS.slice(4)],
  warnUnknownCreds: true,
  createRegistrar: async (ctx) => new (await import('../cnr/provider.js')).CnrRegistrar(ctx, 'HEXONET'),
});
