// BIND: the provider type (capabilities, creds fields, factory); the provider is in provider.ts.
import { can, type ProviderType } from '../types.js';
import { providerType } from '../_core/creds.js';
import { DEFAULT_LOCK_TIMEOUT_MS } from './lock.js';
import { NAME } from './constants.js';
import { dsAtApex } from '../_core/ds.js';

export const bind: ProviderType = providerType({
  name: NAME,
  roles: ['dns'],
  diffMode: 'zone',
  capabilities: {
    canAutoDNSSEC: can('only adds a comment to the zone file'),
    canConcur: can(), canGetZones: can(), canUseCAA: can(), canUseDHCID: can(), canUseDNAME: can(),
    canUseDNSKEY: can(), canUseDS: can(), canUseHTTPS: can(), canUseLOC: can(), canUseNAPTR: can(),
    canUseOPENPGPKEY: can(), canUsePTR: can(), canUseRP: can(), canUseSMIMEA: can(), canUseSOA: can(),
    canUseSRV: can(), canUseSSHFP: can(), canUseSVCB: can(), canUseTLSA: can(),
    docCreateDomains: can('files are created on push'), docDualHost: can(), docOfficiallySupported: can(),
  },
  credsFields: [
    { name: 'directory', default: 'zones', help: 'folder holding the zone files' },
    { name: 'filenameformat', default: '%c.zone', help: 'file name of a zone: %c %a %u %r %T %f %F %?x %%' },
    { name: 'lock_timeout', advanced: true, help: `seconds a push waits for the lock of a zone another push holds, then fails naming it (default ${DEFAULT_LOCK_TIMEOUT_MS / 1000})` },
  ],
  audit: (records) => dsAtApex(records, 'named refuses to load a zone file with one'),
  ownConcurrencyGuard: 'a lock file per zone (<zone file>.lock) held by push from the read to the write',
  offline: 'zone files on this machine (a held lock is waited for up to lock_timeout)',
  // The provider's code is loaded only when it is used (check and the other providers' runs never load it).
  createDns: async (ctx) => new (await import('./provider.js')).BindProvider(ctx),
  readAhead: async (ctx) => (await import('./provider.js')).zoneReader(ctx),
});
