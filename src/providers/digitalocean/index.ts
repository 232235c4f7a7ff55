// DIGITALOCEAN: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditDigitalOcean } from './audit.js';
import { NAME } from './api.js';

export const digitalocean: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  diffMode: 'record',
  capabilities: {
    canConcur: can(), canGetZones: can(), canUseCAA: can(), canUseSRV: can(),
    canUseAlias: cannot(), canUsePTR: cannot(), canUseTLSA: cannot(), canUseSSHFP: cannot(), canUseDS: cannot(),
    canUseDSForChildren: cannot(), canUseHTTPS: cannot(), canUseSVCB: cannot(), canUseLOC: cannot(), canUseNAPTR: cannot(),
    canUseSOA: cannot('TTL only, managed by DigitalOcean'), canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(),
    canUseSMIMEA: cannot(), canUseOPENPGPKEY: cannot(), canUseDNSKEY: cannot(), canAutoDNSSEC: cannot(),
    canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: can(), docDualHost: cannot('apex NS are DigitalOcean\'s'), docOfficiallySupported: cannot(),
  },
  credsFields: [{ name: 'token', secret: true, required: true, help: 'personal access token (dop_v1_…)' }, ...HTTP_CREDS_FIELDS],
  audit: auditDigitalOcean,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).DigitalOceanProvider(ctx),
});
