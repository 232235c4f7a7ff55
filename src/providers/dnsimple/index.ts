// DNSIMPLE: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditDnsimple } from './audit.js';
import { NAME } from './api.js';

export const dnsimple: ProviderType = providerType({
  name: NAME,
  roles: ['dns', 'registrar'],
  diffMode: 'record',
  capabilities: {
    canAutoDNSSEC: can(), canConcur: can(), canGetZones: can(), canUseAlias: can(), canUseCAA: can(), canUseHTTPS: can(),
    canUseNAPTR: can(), canUsePTR: can(), canUseSRV: can(), canUseSSHFP: can(), canUseSVCB: can(), canUseTLSA: can(),
    canUseDS: cannot(), canUseDSForChildren: cannot(), canUseLOC: cannot(), canUseSOA: cannot('managed by DNSimple'),
    canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(), canUseSMIMEA: cannot(), canUseOPENPGPKEY: cannot(),
    canUseDNSKEY: cannot(), canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: can('adds the zone as a hosted domain; DNSControl cannot'),
    docDualHost: cannot('DNSimple does not allow sufficient control over the apex NS records'), docOfficiallySupported: cannot(),
  },
  credsFields: [
    { name: 'token', secret: true, required: true, help: 'account access token (not a user token)' },
    { name: 'accountid', help: 'account id (default: the account of the token, from /v2/whoami)' },
    { name: 'baseurl', help: 'API host, e.g. https://api.sandbox.dnsimple.com for the sandbox (DNSControl\'s key)' },
    ...HTTP_CREDS_FIELDS,
  ],
  audit: auditDnsimple,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).DnsimpleProvider(ctx),
  createRegistrar: async (ctx) => new (await import('./provider.js')).DnsimpleRegistrar(ctx),
});
