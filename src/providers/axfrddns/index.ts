// AXFRDDNS: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { can, cannot, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { auditAxfrDdns } from './audit.js';
import { timeoutCredsFields } from '../../_util/deadline.js';
import { DEFAULT_TIMEOUT_MS, NAME } from './constants.js';

export const axfrddns: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  capabilities: {
    canConcur: can(), canGetZones: can('zones are named on the command line: a server cannot list them'),
    canUseCAA: can(), canUsePTR: can(), canUseSRV: can(), canUseSSHFP: can(), canUseTLSA: can(), canUseNAPTR: can(),
    canUseDS: can(), canUseDSForChildren: can(), canUseDNAME: can(), canUseSMIMEA: can(), canUseOPENPGPKEY: can(), canUseDHCID: can(),
    canUseLOC: can(), canUseSVCB: can(), canUseHTTPS: can(), canUseAlias: cannot(), canUseSOA: cannot('the server owns the SOA'),
    canAutoDNSSEC: can('checked only: a warning when the zone transfer shows the server signs (or does not sign) the zone against AUTODNSSEC_ON/OFF'),
  },
  credsFields: [
    // Not required: the first of "nameservers" (or of the provider's default_ns) stands in, checked in readSettings.
    { name: 'master', prompt: true, help: 'primary server for updates: host or host:port (default: the first nameserver)' },
    { name: 'nameservers', help: 'comma-separated apex NS names' },
    { name: 'transfer-server', help: 'server for AXFR (default: master)' },
    { name: 'transfer-key', secret: true, help: 'TSIG key for AXFR: algorithm:name:base64secret' },
    { name: 'update-key', secret: true, help: 'TSIG key for UPDATE: algorithm:name:base64secret' },
    { name: 'update-mode', default: 'tcp', help: 'tcp, udp (TCP when a message is larger than 512 bytes) or tcp-tls (DNS over TLS)' },
    { name: 'transfer-mode', default: 'tcp', help: 'tcp or tcp-tls (zone transfer over TLS, RFC 9103)' },
    ...timeoutCredsFields(DEFAULT_TIMEOUT_MS / 1000),
    { name: 'buggy-cname', help: 'yes (default no): send deletions before other changes in separate UPDATEs when a CNAME is involved (servers that refuse replacing a CNAME in one UPDATE); not atomic' },
  ],
  // As DNSControl does for AXFRDDNS: a misspelt key would otherwise silently change what is sent.
  warnUnknownCreds: true,
  ownConcurrencyGuard: 'RFC 2136 prerequisites: the SOA as read on the first UPDATE, the RRsets each UPDATE deletes from on every one',
  diffMode: 'record',
  audit: auditAxfrDdns,
  // The provider's code is loaded only when it is used.
  async createDns(ctx) {
    const { AxfrDdnsProvider, readSettings } = await import('./provider.js');
    return new AxfrDdnsProvider(readSettings(ctx));
  },
});
