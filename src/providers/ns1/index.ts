// NS1: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditNs1 } from './audit.js';
import { NAME } from './api.js';

export const ns1: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  diffMode: 'recordset',
  capabilities: {
    canAutoDNSSEC: can(), canGetZones: can(), canConcur: can(), canUseAlias: can(), canUseCAA: can(), canUseDNAME: can(),
    canUseDS: can(), canUseDSForChildren: can(), canUseDHCID: can(), canUseHTTPS: can(), canUseNAPTR: can(), canUsePTR: can(),
    canUseSRV: can(), canUseSVCB: can(), canUseTLSA: can(),
    canUseLOC: cannot(), canUseSSHFP: cannot(), canUseSOA: cannot('managed by NS1'), canUseRP: cannot(), canUseSMIMEA: cannot(),
    canUseOPENPGPKEY: cannot(), canUseDNSKEY: cannot('made by NS1 when DNSSEC is on'), canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: can(), docDualHost: can(), docOfficiallySupported: cannot(),
  },
  credsFields: [{ name: 'api_token', secret: true, required: true, help: 'API key (Account settings → API keys)' }, ...HTTP_CREDS_FIELDS],
  audit: auditNs1,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).Ns1Provider(ctx),
});
