// VULTR: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditVultr } from './audit.js';
import { NAME } from './api.js';

export const vultr: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  diffMode: 'record',
  capabilities: {
    canGetZones: can(), canUseCAA: can(), canUseSRV: can(), canUseSSHFP: can(),
    canConcur: cannot(), canUseAlias: cannot(), canUsePTR: cannot(), canUseTLSA: cannot(), canUseLOC: cannot(), canUseDS: cannot(),
    canUseDSForChildren: cannot(), canUseHTTPS: cannot(), canUseSVCB: cannot(), canUseNAPTR: cannot(), canUseSOA: cannot('managed by Vultr'),
    canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(), canUseSMIMEA: cannot(), canUseOPENPGPKEY: cannot(),
    canUseDNSKEY: cannot(), canAutoDNSSEC: cannot(), canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: can(), docDualHost: cannot(), docOfficiallySupported: cannot(),
  },
  credsFields: [{ name: 'token', secret: true, required: true, help: 'API key (account → API)' }, ...HTTP_CREDS_FIELDS],
  audit: auditVultr,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).VultrProvider(ctx),
});
