// DESEC: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditDesec } from './audit.js';
import { NAME } from './api.js';

export const desec: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  diffMode: 'recordset',
  capabilities: {
    canConcur: can(), canGetZones: can(), canAutoDNSSEC: can('deSEC signs every zone'),
    canUseCAA: can(), canUseDS: can(), canUseDSForChildren: can(), canUseHTTPS: can(), canUseNAPTR: can(), canUsePTR: can(),
    canUseSRV: can(), canUseSSHFP: can(), canUseSVCB: can(), canUseTLSA: can(), canUseSMIMEA: can(), canUseOPENPGPKEY: can(),
    canUseAlias: cannot('deSEC refuses ALIAS'), canUseDNAME: cannot('deSEC refuses DNAME'), canUseSOA: cannot('managed by deSEC'),
    canUseDNSKEY: cannot('managed by deSEC'), canUseLOC: cannot('not tested'), canUseDHCID: cannot(), canUseRP: cannot(),
    canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: can(), docDualHost: can(), docOfficiallySupported: cannot(),
  },
  credsFields: [{ name: 'auth-token', secret: true, required: true, help: 'deSEC API token' }, ...HTTP_CREDS_FIELDS],
  audit: auditDesec,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).DesecProvider(ctx),
});
