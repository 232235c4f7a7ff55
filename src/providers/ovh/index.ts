// OVH: the provider type (capabilities, creds fields, factory); the provider is in provider.ts, the
// registrar (a domain's delegation, through the same creds entry and client) in registrar.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditOvh } from './audit.js';
import { NAME } from './api.js';

export const ovh: ProviderType = providerType({
  name: NAME,
  roles: ['dns', 'registrar'],
  diffMode: 'record',
  capabilities: {
    canGetZones: can(), canUseCAA: can(), canUseSRV: can(), canUseSSHFP: can(), canUseTLSA: can(),
    canConcur: cannot(), canUseAlias: cannot(), canUsePTR: cannot(), canUseLOC: cannot('not implemented by DNSControl'), canUseDS: cannot(),
    canUseDSForChildren: cannot(), canUseHTTPS: cannot(), canUseSVCB: cannot(), canUseNAPTR: cannot(), canUseSOA: cannot('managed by OVH'),
    canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(), canUseSMIMEA: cannot(), canUseOPENPGPKEY: cannot(),
    canUseDNSKEY: cannot(), canAutoDNSSEC: cannot(), canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: cannot('New domains require registration'), docDualHost: can(), docOfficiallySupported: cannot(),
  },
  credsFields: [
    { name: 'app-key', secret: true, required: true, help: 'application key (https://api.ovh.com/createToken/)' },
    { name: 'app-secret-key', secret: true, required: true, help: 'application secret' },
    { name: 'consumer-key', secret: true, required: true, help: 'consumer key granted GET/POST/PUT/DELETE on /domain/*' },
    { name: 'endpoint', default: 'eu', prompt: true, help: 'API endpoint: eu, ca or us (also ovh-eu, ovh-ca, ovh-us, or a URL)' },
    ...HTTP_CREDS_FIELDS,
  ],
  audit: auditOvh,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).OvhProvider(ctx),
  createRegistrar: async (ctx) => new (await import('./registrar.js')).OvhRegistrar(ctx),
});
