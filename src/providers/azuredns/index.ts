// AZURE_DNS: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditAzure } from './audit.js';
import { comparableExtra } from './convert.js';
import { NAME } from './api.js';

export const azuredns: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  diffMode: 'recordset',
  capabilities: {
    canConcur: can(), canGetZones: can(), canUseAzureAlias: can(), canUseCAA: can(), canUsePTR: can(), canUseSRV: can(),
    canUseAlias: cannot('Azure has no generic ALIAS; use AZURE_ALIAS'), canUseDS: cannot('preview API only'), canUseDSForChildren: cannot('preview API only'),
    canUseTLSA: cannot('preview API only'), canUseNAPTR: cannot('preview API only'), canUseSSHFP: cannot(), canUseHTTPS: cannot(), canUseSVCB: cannot(),
    canUseLOC: cannot(), canUseSOA: cannot('managed by Azure'), canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(),
    canUseSMIMEA: cannot(), canUseOPENPGPKEY: cannot(), canUseDNSKEY: cannot(), canAutoDNSSEC: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: can(), docDualHost: can(), docOfficiallySupported: can(),
  },
  credsFields: [
    { name: 'SubscriptionID', required: true, help: 'Azure subscription id' },
    { name: 'ResourceGroup', required: true, help: 'resource group holding the DNS zones' },
    { name: 'TenantID', required: true, help: 'Entra ID tenant (directory) id' },
    { name: 'ClientID', required: true, help: 'application (client) id of the service principal' },
    { name: 'ClientSecret', secret: true, required: true, help: 'client secret of the service principal' },
    { name: 'login_url', default: 'https://login.microsoftonline.com', help: 'Entra ID authority (sovereign clouds, tests)' },
    ...HTTP_CREDS_FIELDS,
  ],
  audit: auditAzure,
  comparableExtra: (rc) => comparableExtra(rc),
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).AzureProvider(ctx),
});
