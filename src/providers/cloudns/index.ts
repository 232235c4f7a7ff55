// CLOUDNS: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditCloudns } from './audit.js';
import { comparableExtra } from './convert.js';
import { NAME } from './api.js';

export const cloudns: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  diffMode: 'record',
  capabilities: {
    canAutoDNSSEC: can(), canConcur: can(), canGetZones: can(), canUseAlias: can(), canUseCAA: can(), canUseDNAME: can(),
    canUseDSForChildren: can(), canUseLOC: can(), canUsePTR: can(), canUseSRV: can(), canUseSSHFP: can(), canUseTLSA: can(), canUseNAPTR: can(),
    canUseDS: cannot('only for delegated children'), canUseSOA: cannot('ClouDNS has a separate endpoint for it, not used'),
    canUseDHCID: cannot(), canUseSVCB: cannot(), canUseHTTPS: cannot(), canUseDNSKEY: cannot(), canUseRP: cannot(),
    canUseSMIMEA: cannot(), canUseOPENPGPKEY: cannot(), canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: can(), docDualHost: can(), docOfficiallySupported: cannot(),
  },
  credsFields: [
    { name: 'auth-id', requiredUnless: ['sub-auth-id'], help: 'API user id (or give sub-auth-id)' },
    { name: 'sub-auth-id', help: 'API sub-user id, instead of auth-id' },
    { name: 'auth-password', secret: true, required: true, help: 'API user password' },
    ...HTTP_CREDS_FIELDS,
  ],
  audit: auditCloudns,
  // The GeoDNS location (meta cloudns_geodns_code) is part of what a record is.
  comparableExtra: (rc) => comparableExtra(rc),
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).CloudnsProvider(ctx),
});
