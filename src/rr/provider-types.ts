// Provider-specific record types (R53_ALIAS, CF_REDIRECT, URL, ...): a separate table, not descriptors.
// They have no rdata: no zone-file text, no wire form, no RFC type code. Each is an instruction to one
// provider's API, which that provider translates itself; the IR carries them with their value in `target`.
// Giving them descriptors would make rdataText, parseRdata and isZoneFileType treat them as real types.
// What they do share with descriptors (DSL arguments, capability) has the same shape: RecordKind.
import type { DslArg, RecordKind } from './descriptor.js';

export interface ProviderRecordKind extends RecordKind {
  /** Provider-owned: the IR gets meta.orig_custom_type (as DNSControl's custom-type registry does). */
  custom?: true;
}

const TARGET: DslArg = ['target', 'any'];
const targetOnly = (name: string): ProviderRecordKind => ({ name, dslArgs: [TARGET], custom: true });

export const PROVIDER_TYPES: readonly ProviderRecordKind[] = [
  { name: 'AKAMAICDN', dslArgs: [TARGET], custom: true, capability: 'canUseAKAMAICDN' },
  { name: 'AKAMAITLC', dslArgs: [['answer_type', 'string', 'answer_type'], TARGET], custom: true, capability: 'canUseAKAMAITLC' },
  // The alias type argument has no flat IR key: dsl/records.ts checks it and fills azure_alias / r53_alias.
  { name: 'AZURE_ALIAS', dslArgs: [['aliastype', 'string'], TARGET], custom: true, capability: 'canUseAzureAlias' },
  { name: 'R53_ALIAS', dslArgs: [['aliastype', 'string'], TARGET], custom: true, capability: 'canUseRoute53Alias' },
  targetOnly('URL'), targetOnly('URL301'), targetOnly('FRAME'),
  targetOnly('CLOUDNS_WR'), targetOnly('NS1_URLFWD'), targetOnly('PORKBUN_URLFWD'), targetOnly('BUNNY_DNS_RDR'), targetOnly('BUNNY_DNS_PZ'),
  targetOnly('ADGUARDHOME_A_PASSTHROUGH'), targetOnly('ADGUARDHOME_AAAA_PASSTHROUGH'),
  targetOnly('MIKROTIK_FWD'), targetOnly('MIKROTIK_NXDOMAIN'), targetOnly('MIKROTIK_FORWARDER'),
  // Built by their own DSL functions (dsl/providers-specific.ts), with more than a name and a target.
  { name: 'IMPORT_TRANSFORM' }, { name: 'CF_REDIRECT' }, { name: 'CF_TEMP_REDIRECT' }, { name: 'CF_WORKER_ROUTE' },
  { name: 'CLOUDFLAREAPI_SINGLE_REDIRECT' },
];
