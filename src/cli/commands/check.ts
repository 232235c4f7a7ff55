// check: run and validate the config without contacting any provider. Beyond DNSControl's check it also runs
// each provider's audit (what its API cannot store), so such records fail here rather than at push.
import type { Io } from '../../_util/io.js';
import type { DslOptions } from '../options.js';
import { credsTypesFrom, hasRecordPositions, loadConfig } from '../../config/load.js';
import { ValidationError } from '../../errors.js';
import { declaredProviderType } from '../../normalize/rules/capabilities.js';
import { zoneProblems } from '../../providers/_core/capabilities.js';
import type { DNSConfig } from '../../ir/types.js';

export async function check(opts: DslOptions, io: Io): Promise<number> {
  const types = credsTypesFrom(io.cwd);
  let config = await loadConfig(opts, io);
  let reasons = auditProblems(config, types);
  // Findings name records by position: evaluate again with positions to say where they are.
  if (reasons.length && !hasRecordPositions(config)) {
    config = await loadConfig(opts, io, { locate: (cfg) => auditProblems(cfg, types) });
    reasons = auditProblems(config, types);
  }
  if (reasons.length) throw new ValidationError('records the providers cannot store', reasons);
  io.out('No errors.\n');
  return 0;
}

/** Audit findings for every domain and DNS provider whose TYPE is known (declared, or from ./creds.json). */
export function auditProblems(config: DNSConfig, credsTypes: Record<string, string>): string[] {
  if (config.skiprecordaudit) return [];
  const reasons: string[] = [];
  for (const dc of config.domains) {
    for (const credkey of Object.keys(dc.dnsProviders)) {
      const type = declaredProviderType(config, credkey, credsTypes);
      if (!type) continue;
      for (const r of zoneProblems(dc, type).audit) reasons.push(`domain ${dc.name}, provider "${credkey}" (${type.name}): ${r}`);
    }
  }
  return reasons;
}
