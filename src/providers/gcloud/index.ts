// GCLOUD: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditGCloud } from './audit.js';
import { NAME } from './api.js';

export const gcloud: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  diffMode: 'recordset',
  capabilities: {
    canConcur: can(), canGetZones: can(), canUseCAA: can(), canUseDSForChildren: can(), canUseHTTPS: can(), canUsePTR: can(),
    canUseSRV: can(), canUseSSHFP: can(), canUseSVCB: can(), canUseTLSA: can(), canUseNAPTR: can(),
    canUseAlias: can('apex only, public zones without DNSSEC (Cloud DNS ALIAS)'), canUseDS: cannot('only for child zones'), canUseLOC: cannot(),
    canUseSOA: cannot('managed by Google'), canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(), canUseSMIMEA: cannot(),
    canUseOPENPGPKEY: cannot(), canUseDNSKEY: cannot(), canAutoDNSSEC: cannot('not driven yet'), canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: can(), docDualHost: can(), docOfficiallySupported: can(),
  },
  credsFields: [
    { name: 'project_id', required: true, help: 'Google Cloud project id' },
    { name: 'client_email', required: true, help: 'service account e-mail' },
    { name: 'private_key', secret: true, required: true, help: 'from the service account JSON key' },
    { name: 'token_uri', default: 'https://oauth2.googleapis.com/token', kind: 'url', help: 'OAuth token endpoint' },
    { name: 'name_prefix', default: 'zone-', help: 'prefix of the managed-zone name for new zones' },
    ...HTTP_CREDS_FIELDS,
  ],
  audit: auditGCloud,
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).GCloudProvider(ctx),
});
