// ORACLE: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditOracle } from './audit.js';
import { NAME } from './api.js';

export const oracle: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  diffMode: 'record',
  capabilities: {
    canGetZones: can(), canUseAlias: can(), canUseCAA: can(), canUseNAPTR: can(), canUsePTR: can(), canUseSRV: can(),
    canUseSSHFP: can(), canUseTLSA: can(),
    canConcur: cannot('not implemented in DNSControl'), canUseDS: cannot('DNSControl: should be supported, but getting 500s in tests'),
    canUseDSForChildren: cannot(), canUseLOC: cannot('not implemented in DNSControl'), canUseHTTPS: cannot(), canUseSVCB: cannot(),
    canUseSOA: cannot('managed by OCI'), canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(), canUseSMIMEA: cannot(),
    canUseOPENPGPKEY: cannot(), canUseDNSKEY: cannot(), canAutoDNSSEC: cannot(), canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: can(), docDualHost: can(), docOfficiallySupported: cannot(),
  },
  credsFields: [
    { name: 'user_ocid', required: true, help: 'OCID of the user the API key belongs to' },
    { name: 'tenancy_ocid', required: true, help: 'OCID of the tenancy' },
    { name: 'fingerprint', required: true, help: 'fingerprint of the API key (aa:bb:…, as the console shows it)' },
    { name: 'private_key', secret: true, required: true, help: 'the API private key, PEM text' },
    { name: 'private_key_passphrase', secret: true, help: 'passphrase of an encrypted private key' },
    { name: 'region', required: true, help: 'region identifier, e.g. us-ashburn-1' },
    { name: 'compartment', prompt: true, help: 'OCID of the compartment holding the zones (default: the tenancy)' },
    ...HTTP_CREDS_FIELDS,
  ],
  audit: auditOracle,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).OracleProvider(ctx),
});
