// The safety limits applied to a plan: settings per DNS provider from its creds.json entry and dnsconfig.js
// meta, overridden by --max-change; --force turns a refusal into a warning.
import type { DeclaredProviders } from '../run/providers.js';
import type { Plan } from '../plan/types.js';
import { checkSafety, safetySettings, type SafetyFlags, type SafetyProblem } from './limits.js';

export function checkPlanSafety(plan: Plan, declared: DeclaredProviders | undefined, flags: SafetyFlags): SafetyProblem[] {
  return checkSafety(plan, (credkey) => {
    const d = declared?.dns.get(credkey);
    return safetySettings(credkey, d?.creds ?? {}, d?.meta ?? {}, flags);
  });
}
