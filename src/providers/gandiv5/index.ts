// GANDI_V5: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditGandi } from './audit.js';
import { NAME } from './api.js';

export const gandiv5: ProviderType = providerType({
  name: NAME,
  roles: ['dns', 'registrar'],
  diffMode: 'label',
  capabilities: {
    canConcur: can(), canGetZones: can(), canUseAlias: can('apex only'), canUseCAA: can(), canUseDSForChildren: can(),
    canUsePTR: can(), canUseSRV: can(), canUseSSHFP: can(), canUseTLSA: can(),
    canUseDS: cannot('only for child zones'), canUseHTTPS: cannot('not tested'), canUseSVCB: cannot('not tested'), canUseNAPTR: cannot('not tested'),
    canUseLOC: cannot(), canUseSOA: cannot('managed by Gandi'), canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(),
    canUseSMIMEA: cannot(), canUseOPENPGPKEY: cannot(), canUseDNSKEY: cannot(), canAutoDNSSEC: cannot('not driven yet'),
    canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: cannot('only domains registered at Gandi'), docDualHost: cannot(), docOfficiallySupported: cannot(),
  },
  credsFields: [
    { name: 'token', secret: true, requiredUnless: ['apikey'], help: 'personal access token' },
    { name: 'apikey', secret: true, help: 'deprecated API key' },
    { name: 'sharing_id', help: 'organization id (optional)' },
    ...HTTP_CREDS_FIELDS,
  ],
  audit: auditGandi,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).GandiProvider(ctx),
  createRegistrar: async (ctx) => new (await import('./provider.js')).GandiRegistrar(ctx),
});
