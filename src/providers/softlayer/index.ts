// SOFTLAYER: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditSoftLayer } from './audit.js';
import { NAME } from './api.js';

export const softlayer: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  diffMode: 'record',
  capabilities: {
    // DNSControl: SRV, get-zones unimplemented. dnscode reads zones, so it lists them too.
    canUseSRV: can(), canGetZones: can('not in DNSControl (unimplemented there)'),
    canConcur: cannot(), canUseCAA: cannot(), canUseSSHFP: cannot(), canUseTLSA: cannot(), canUseAlias: cannot(), canUsePTR: cannot(),
    canUseLOC: cannot(), canUseDS: cannot(), canUseDSForChildren: cannot(), canUseHTTPS: cannot(), canUseSVCB: cannot(),
    canUseNAPTR: cannot(), canUseSOA: cannot('managed by SoftLayer'), canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(),
    canUseSMIMEA: cannot(), canUseOPENPGPKEY: cannot(), canUseDNSKEY: cannot(), canAutoDNSSEC: cannot(),
    canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: can('created with a placeholder @ A 127.0.0.1, which the same push removes'), docDualHost: cannot(), docOfficiallySupported: cannot(),
  },
  credsFields: [
    { name: 'username', required: true, help: 'SoftLayer / IBM Cloud classic infrastructure user name' },
    { name: 'api_key', secret: true, required: true, help: 'classic infrastructure API key of that user' },
    { name: 'endpoint_url', kind: 'url', help: 'REST endpoint (default https://api.softlayer.com/rest/v3.1)' },
    ...HTTP_CREDS_FIELDS,
  ],
  audit: auditSoftLayer,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).SoftLayerProvider(ctx),
});
