// INWX: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditInwx } from './audit.js';
import { NAME } from './api.js';

export const inwx: ProviderType = providerType({
  name: NAME,
  roles: ['dns', 'registrar'],
  diffMode: 'record',
  capabilities: {
    canAutoDNSSEC: can(), canConcur: can(), canGetZones: can(), canUseAlias: can(), canUseCAA: can(), canUseHTTPS: can(), canUseNAPTR: can(),
    canUsePTR: can('PTR records with empty targets are not supported'), canUseSRV: can(), canUseSSHFP: can(), canUseSVCB: can(), canUseTLSA: can(),
    canUseDS: cannot('not implemented (DNSControl: DS goes through a different API call)'), canUseDSForChildren: cannot(), canUseLOC: cannot('not implemented'),
    canUseSOA: cannot('managed by INWX'), canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(), canUseSMIMEA: cannot(),
    canUseOPENPGPKEY: cannot(), canUseDNSKEY: cannot(), canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: can(), docDualHost: can(), docOfficiallySupported: cannot(),
  },
  credsFields: [
    { name: 'username', required: true, help: 'INWX account user name' },
    { name: 'password', secret: true, required: true, help: 'INWX account password' },
    { name: 'totp', secret: true, help: 'current TOTP code, when the account has two-factor authentication (best from an environment variable)' },
    { name: 'totp-key', secret: true, help: 'TOTP shared secret (base32) to compute the code from, instead of totp' },
    { name: 'sandbox', help: '"1": use the OT&E test system (api.ote.domrobot.com)' },
    ...HTTP_CREDS_FIELDS,
  ],
  audit: auditInwx,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).InwxProvider(ctx),
  createRegistrar: async (ctx) => new (await import('./provider.js')).InwxRegistrar(ctx),
});
