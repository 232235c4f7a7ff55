// ROUTE53: rrset-granular diff; a zone's changes go in as few ChangeResourceRecordSets calls as the
// limits allow (1,000 values and 32,000 value characters per call, UPSERT counting twice), each atomic.
// As a registrar it sets a domain's delegation through Route 53 Domains (registrar.ts).
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import { auditRoute53 } from './audit.js';
import { comparableExtra } from './convert.js';

const NAME = 'ROUTE53';

export const route53: ProviderType = providerType({
  name: NAME,
  roles: ['dns', 'registrar'],
  diffMode: 'recordset',
  capabilities: {
    canConcur: can(), canGetZones: can(), canUseRoute53Alias: can(),
    canUseAlias: cannot('Route 53 has no generic ALIAS; use R53_ALIAS'),
    canUseCAA: can(), canUseDSForChildren: can(), canUseHTTPS: can(), canUseNAPTR: can(), canUsePTR: can(),
    canUseSRV: can(), canUseSSHFP: can(), canUseSVCB: can(), canUseTLSA: can(),
    canUseDS: cannot('only for child zones'), canUseLOC: cannot(), canUseSOA: cannot('Route 53 manages the SOA'),
    canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(), canUseSMIMEA: cannot(), canUseOPENPGPKEY: cannot(),
    canUseDNSKEY: cannot(), canAutoDNSSEC: cannot('not driven yet'), canUseAzureAlias: cannot(),
    docCreateDomains: can(), docDualHost: can(), docOfficiallySupported: can(),
  },
  credsFields: [
    { name: 'KeyId', help: 'access key id (omit to use the AWS default credential chain)' },
    { name: 'SecretKey', secret: true, help: 'secret access key' },
    { name: 'Token', secret: true, help: 'session token for temporary credentials' },
    { name: 'DelegationSet', help: 'reusable delegation set id for new zones' },
    { name: 'domains_base_url', advanced: true, help: 'Route 53 Domains endpoint for the registrar (tests and proxies; default: `base_url` when given, else AWS\'s)' },
    { name: 'batch_size', help: 'at most this many rrset changes per request (default: as many as AWS limits allow)' },
    ...HTTP_CREDS_FIELDS,
  ],
  audit: auditRoute53,
  comparableExtra: (rc) => comparableExtra(rc),
  // The provider (and its SDK) is loaded only when used: `check` and other providers' runs stay fast.
  createDns: async (ctx) => new (await import('./provider.js')).Route53Provider(ctx),
  // As a registrar: Route 53 Domains, with the same creds entry.
  createRegistrar: async (ctx) => new (await import('./registrar.js')).Route53Registrar(ctx),
});
