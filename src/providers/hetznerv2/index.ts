// HETZNER_V2: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditHetznerV2 } from './audit.js';
import { NAME } from './api.js';

export const hetznerv2: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  diffMode: 'recordset',
  capabilities: {
    canConcur: can(), canGetZones: can(), canUseCAA: can(), canUseDS: can(), canUseDSForChildren: can(), canUseHTTPS: can(),
    canUsePTR: can(), canUseRP: can(), canUseSRV: can(), canUseSVCB: can(), canUseTLSA: can(),
    canUseAlias: cannot(), canUseSSHFP: cannot(), canUseNAPTR: cannot(), canUseLOC: cannot(), canUseSOA: cannot('managed by Hetzner'),
    canUseDNAME: cannot(), canUseDHCID: cannot(), canUseSMIMEA: cannot(), canUseOPENPGPKEY: cannot(), canUseDNSKEY: cannot(),
    canAutoDNSSEC: cannot(), canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: can(), docDualHost: can(), docOfficiallySupported: cannot(),
  },
  credsFields: [{ name: 'api_token', secret: true, required: true, help: 'Hetzner Console project API token' }, ...HTTP_CREDS_FIELDS],
  audit: auditHetznerV2,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).HetznerV2Provider(ctx),
});
