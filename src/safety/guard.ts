// The safety limits applied to a plan: settings per DNS provider from its creds.json entry and dnsconfig.js
// meta, overridden by --max-change; --force turns a refusal into a warning.
import type { Plan } from '../plan/types.js';
import { checkSafety, safetySettings, type SafetyFlags, type SafetyProblem } from './limits.js';

/** What the limits read of the declared DNS providers (run/providers.ts's DeclaredProviders has it). */
export interface SafetySources {
  dns: Map<string, { creds: Record<string, string>; meta: Record<string, unknown> }>;
  /** Registrars: allow_apex_ns_change in their entry lets a delegation change through. */
  registrars?: Map<string, { creds: Record<string, string>; meta: Record<string, unknown> }>;
}

export function checkPlanSafety(plan: Plan, declared: SafetySources | undefined, flags: SafetyFlags): SafetyProblem[] {
  return checkSafety(plan, (credkey) => {
    const d = declared?.dns.get(credkey) ?? declared?.registrars?.get(credkey);
    return safetySettings(credkey, d?.creds ?? {}, d?.meta ?? {}, flags);
  });
}
