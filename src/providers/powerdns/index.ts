// POWERDNS: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { timeoutCredsFields } from '../../_util/deadline.js';
import { DEFAULT_PDNS_TIMEOUT_MS, NAME } from './constants.js';
import { dsAtApex } from '../_core/ds.js';

export const powerdns: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  capabilities: {
    canConcur: can(), canGetZones: can(), docCreateDomains: can(), canUseAlias: can('stored as a PowerDNS ALIAS; answering it needs expand-alias=yes and a resolver in pdns.conf'),
    canUseCAA: can(), canUsePTR: can(), canUseSRV: can(), canUseSSHFP: can(), canUseTLSA: can(), canUseNAPTR: can(),
    canUseDS: can(), canUseDSForChildren: can(), canUseDNAME: can(), canUseHTTPS: can(), canUseSVCB: can(),
    canUseSMIMEA: can(), canUseOPENPGPKEY: can(), canUseDHCID: can(),
    canUseLUA: can('stored as given; answering needs enable-lua-records=yes in pdns.conf'),
    canUseLOC: cannot('PowerDNS bug pdns#10558'), canUseSOA: cannot('PowerDNS manages the SOA (soa_edit_api)'),
    canAutoDNSSEC: can('AUTODNSSEC_ON adds a CSK (PowerDNS signs live), AUTODNSSEC_OFF removes the zone\'s keys'),
  },
  credsFields: [
    { name: 'apiUrl', required: true, kind: 'url', help: 'webserver base URL, e.g. http://localhost:8081' },
    { name: 'apiKey', required: true, secret: true, help: 'the server\'s api-key setting (sent as X-API-Key)' },
    { name: 'serverName', default: 'localhost', help: 'server id in the API path' },
    { name: 'maxBodySizeMB', help: 'the server\'s webserver-max-bodysize (default 2): larger PATCHes are split' },
    ...timeoutCredsFields(DEFAULT_PDNS_TIMEOUT_MS / 1000),
  ],
  diffMode: 'recordset',
  audit: (records) => dsAtApex(records, 'PowerDNS refuses it'),
  // The provider's code is loaded only when it is used.
  async createDns(ctx) {
    const { PowerDnsProvider, readSettings } = await import('./provider.js');
    return new PowerDnsProvider(readSettings(ctx));
  },
});
