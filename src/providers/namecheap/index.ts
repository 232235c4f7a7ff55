// NAMECHEAP: the provider type (capabilities, creds fields, factory); the provider is in provider.ts, the
// registrar (a domain's delegation, through the same creds entry and client) in registrar.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditNamecheap } from './audit.js';
import { NAME } from './api.js';

export const namecheap: ProviderType = providerType({
  name: NAME,
  roles: ['dns', 'registrar'],
  // setHosts replaces the whole host list: one request carries the zone.
  diffMode: 'zone',
  capabilities: {
    canGetZones: can(), canConcur: can(), canUseAlias: can(), canUseCAA: can(),
    canUseLOC: cannot(), canUsePTR: cannot(),
    canUseSRV: cannot('The namecheap web console allows you to make SRV records, but their api does not let you read or set them'),
    canUseTLSA: cannot(), canUseSSHFP: cannot(), canUseDS: cannot(), canUseDSForChildren: cannot(), canUseHTTPS: cannot(),
    canUseSVCB: cannot(), canUseNAPTR: cannot(), canUseSOA: cannot(), canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(),
    canUseSMIMEA: cannot(), canUseOPENPGPKEY: cannot(), canUseDNSKEY: cannot(), canAutoDNSSEC: cannot(),
    canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: cannot('Requires domain registered through their service'),
    docDualHost: cannot("Doesn't allow control of apex NS records"), docOfficiallySupported: cannot(),
  },
  credsFields: [
    { name: 'apikey', secret: true, required: true, help: 'API key (Profile → Tools → Namecheap API Access)' },
    { name: 'apiuser', required: true, help: 'API user (the account user name)' },
    { name: 'username', help: 'user the API user acts for (default: apiuser)' },
    { name: 'clientip', help: 'whitelisted IPv4 address sent as ClientIp (default 127.0.0.1; Namecheap checks where requests come from)' },
    { name: 'BaseURL', kind: 'url', help: 'API endpoint, e.g. https://api.sandbox.namecheap.com/xml.response (DNSControl\'s key; default production)' },
    ...HTTP_CREDS_FIELDS,
  ],
  audit: auditNamecheap,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).NamecheapProvider(ctx),
  createRegistrar: async (ctx) => new (await import('./registrar.js')).NamecheapRegistrar(ctx),
});
