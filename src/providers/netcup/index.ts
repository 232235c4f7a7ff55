// NETCUP: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditNetcup } from './audit.js';
import { NAME } from './api.js';

export const netcup: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  diffMode: 'record',
  capabilities: {
    canUseCAA: can(), canUseSRV: can(), canUseTLSA: can(),
    canConcur: cannot(), canGetZones: cannot('the API cannot list domains'), canUseAlias: cannot(), canUsePTR: cannot(), canUseSSHFP: cannot(),
    canUseDS: cannot(), canUseDSForChildren: cannot(), canUseHTTPS: cannot(), canUseSVCB: cannot(), canUseLOC: cannot(), canUseNAPTR: cannot(),
    canUseSOA: cannot(), canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(),
    canUseSMIMEA: cannot(), canUseOPENPGPKEY: cannot(), canUseDNSKEY: cannot(), canAutoDNSSEC: cannot(),
    canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: cannot('only domains of the netcup customer'), docDualHost: cannot(), docOfficiallySupported: cannot(),
  },
  credsFields: [
    { name: 'api-key', secret: true, required: true, help: 'CCP API key' },
    { name: 'api-password', secret: true, required: true, help: 'CCP API password' },
    { name: 'customer-number', required: true, help: 'netcup customer number' },
    ...HTTP_CREDS_FIELDS,
  ],
  audit: auditNetcup,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).NetcupProvider(ctx),
});
