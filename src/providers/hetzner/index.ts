// HETZNER: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditHetzner } from './audit.js';
import { NAME } from './api.js';

export const hetzner: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  diffMode: 'record',
  capabilities: {
    canConcur: can(), canGetZones: can(), canUseCAA: can(), canUseDS: can(), canUseDSForChildren: can(), canUseSRV: can(), canUseTLSA: can(),
    canUseAlias: cannot(), canUsePTR: cannot(), canUseSSHFP: cannot(), canUseHTTPS: cannot(), canUseSVCB: cannot(), canUseNAPTR: cannot(),
    canUseLOC: cannot(), canUseSOA: cannot('managed by Hetzner'), canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(),
    canUseSMIMEA: cannot(), canUseOPENPGPKEY: cannot(), canUseDNSKEY: cannot(), canAutoDNSSEC: cannot(),
    canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: can(), docDualHost: can(), docOfficiallySupported: cannot(),
  },
  credsFields: [{ name: 'api_key', secret: true, required: true, help: 'DNS Console API token' }, ...HTTP_CREDS_FIELDS],
  audit: auditHetzner,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).HetznerProvider(ctx),
});
