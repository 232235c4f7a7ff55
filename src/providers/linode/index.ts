// LINODE: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditLinode } from './audit.js';
import { NAME } from './api.js';

export const linode: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  diffMode: 'record',
  capabilities: {
    canGetZones: can(), canUseCAA: can('Linode doesn\'t support changing the CAA flag'), canUseSRV: can('Linode requires non-zero priority'),
    canConcur: cannot(), canUseAlias: cannot(), canUsePTR: cannot(), canUseTLSA: cannot(), canUseSSHFP: cannot(),
    canUseDS: cannot(), canUseDSForChildren: cannot(), canUseHTTPS: cannot(), canUseSVCB: cannot(), canUseLOC: cannot(), canUseNAPTR: cannot(),
    canUseSOA: cannot('managed by Linode'), canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(), canUseSMIMEA: cannot(),
    canUseOPENPGPKEY: cannot(), canUseDNSKEY: cannot(), canAutoDNSSEC: cannot(), canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: can('creates a master zone with soa_email; DNSControl cannot'), docDualHost: cannot(), docOfficiallySupported: cannot(),
  },
  credsFields: [
    { name: 'token', secret: true, required: true, help: 'personal access token (scope domains:read_write)' },
    { name: 'soa_email', help: 'SOA e-mail of zones push creates (default hostmaster@<zone>)' },
    ...HTTP_CREDS_FIELDS,
  ],
  audit: auditLinode,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).LinodeProvider(ctx),
});
