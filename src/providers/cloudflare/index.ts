// CLOUDFLAREAPI (API v4 over the shared HTTP layer): record-granular diff; every change of a zone goes into as few atomic batch
// requests (POST …/dns_records/batch) as the plan's batch limit allows.
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { auditCloudflare } from './audit.js';
import { comparableExtra } from './convert.js';

const NAME = 'CLOUDFLAREAPI';

export const cloudflare: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  diffMode: 'record',
  capabilities: {
    canConcur: can(), canGetZones: can(),
    canUseAlias: can('a CNAME at the apex, flattened by Cloudflare'),
    canUseCAA: can(), canUseDSForChildren: can(), canUseHTTPS: can(), canUseNAPTR: can(), canUsePTR: can(),
    canUseSRV: can(), canUseSSHFP: can(), canUseSVCB: can(), canUseTLSA: can(),
    canUseLOC: cannot('not mapped yet'), canUseDS: cannot('only for child zones'), canUseSOA: cannot(),
    canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(), canUseSMIMEA: cannot('not mapped yet'),
    canUseOPENPGPKEY: cannot('not mapped yet'), canUseDNSKEY: cannot(), canAutoDNSSEC: cannot('not driven yet'),
    canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: can('needs "accountid"'), docDualHost: cannot('Cloudflare serves the apex NS itself'), docOfficiallySupported: can(),
  },
  credsFields: [
    { name: 'apitoken', secret: true, requiredUnless: ['apikey', 'apiuser'], help: 'API token (Zone:Read, DNS:Edit)' },
    { name: 'apikey', secret: true, help: 'legacy global API key (with apiuser)' },
    { name: 'apiuser', help: 'account e-mail for the legacy key' },
    { name: 'accountid', help: 'account id, needed to create zones' },
    { name: 'batch_size', default: '200', help: 'records per batch request (200 on Free, 3,500 on paid plans)' },
    ...HTTP_CREDS_FIELDS,
  ],
  audit: auditCloudflare,
  comparableExtra: (rc, dc) => comparableExtra(rc, dc.meta ?? {}),
  // The provider is loaded only when used: `check` and other providers' runs stay fast.
  createDns: async (ctx) => new (await import('./provider.js')).CloudflareProvider(ctx),
});
