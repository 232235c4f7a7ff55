// NAMEDOTCOM: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditNamecom } from './audit.js';
import { NAME } from './api.js';

export const namedotcom: ProviderType = providerType({
  name: NAME,
  roles: ['dns', 'registrar'],
  diffMode: 'record',
  capabilities: {
    canGetZones: can(), canUseAlias: can('sent as ANAME'), canUseSRV: can('SRV records with empty targets are not supported'),
    canConcur: cannot(), canUseCAA: cannot(), canUsePTR: cannot('PTR records are not supported'), canUseTLSA: cannot(), canUseSSHFP: cannot(),
    canUseDS: cannot(), canUseDSForChildren: cannot(), canUseHTTPS: cannot(), canUseSVCB: cannot(), canUseLOC: cannot(), canUseNAPTR: cannot(),
    canUseSOA: cannot(), canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(),
    canUseSMIMEA: cannot(), canUseOPENPGPKEY: cannot(), canUseDNSKEY: cannot(), canAutoDNSSEC: cannot(),
    canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: cannot('new domains require registration'), docDualHost: cannot('apex NS records are not editable'), docOfficiallySupported: can(),
  },
  credsFields: [
    { name: 'apiuser', required: true, help: 'Name.com account user name' },
    { name: 'apikey', secret: true, required: true, help: 'Name.com API token' },
    { name: 'apiurl', help: 'API host (default api.name.com; api.dev.name.com is the test environment)' },
    ...HTTP_CREDS_FIELDS,
  ],
  audit: auditNamecom,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).NamecomProvider(ctx),
  createRegistrar: async (ctx) => new (await import('./provider.js')).NamecomRegistrar(ctx),
});
