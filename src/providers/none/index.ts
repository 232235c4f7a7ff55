// NONE: the built-in no-op registrar (and DNS provider). A domain registered with NONE never gets
// delegation corrections; as a DNS provider it holds no records and never changes anything.
import { can, type DnsProvider, type ProviderType, type Registrar } from '../types.js';
import { providerType } from '../_core/creds.js';

const registrar: Registrar = {
  getRegistrarCorrections: async () => [],
};

const dns: DnsProvider = {
  getNameservers: async () => [],
  getZoneRecords: async () => [],
  getCorrections: async () => [],
};

export const none: ProviderType = providerType({
  name: 'NONE',
  roles: ['registrar', 'dns'],
  capabilities: { canConcur: can('no I/O at all') },
  credsFields: [],
  diffMode: 'record',
  offline: 'no I/O at all',
  createRegistrar: () => registrar,
  createDns: () => dns,
});
