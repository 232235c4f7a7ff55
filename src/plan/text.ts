// DNSControl's console output. Skinny (default): a zone heading and the provider's count only when something
// changes; --full adds provider headings and "0 corrections" lines. Scripts parse the change lines and the
// closing "Done. N corrections.", so those are stable.
import { styleText } from 'node:util';

// io.color already decided whether colours are wanted (TTY, NO_COLOR, --no-colors); don't re-check the stream.
const paint = (c: 'green' | 'red' | 'yellow', s: string) => styleText(c, s, { validateStream: false });
import type { Correction } from '../providers/types.js';
import type { ApplyResult, Reporter } from './types.js';
import type { Plan, ProviderPlan, ZonePlan } from './types.js';

export interface TextOptions {
  full?: boolean;
  color: boolean;
  out(text: string): void;
}

const plural = (n: number) => `${n} correction${n === 1 ? '' : 's'}`;

/** Colour change lines by their prefix: creates green, deletes red, modifications yellow. */
export function colorize(text: string, color: boolean): string {
  if (!color) return text;
  return text.split('\n').map((line) => {
    if (line.startsWith('+ ')) return paint('green', line);
    if (line.startsWith('- ')) return paint('red', line);
    if (line.startsWith('± ')) return paint('yellow', line);
    return line;
  }).join('\n');
}

function hasOutput(p: ProviderPlan): boolean {
  return p.corrections.length > 0 || p.changeCount > 0;
}

export function textReporter(o: TextOptions): Reporter {
  const w = (s: string) => o.out(`${s}\n`);
  return {
    zone(z: ZonePlan) {
      if (o.full || z.providers.some(hasOutput)) w(`******************** Domain: ${z.domain}`);
    },
    provider(_z: ZonePlan, p: ProviderPlan) {
      if (o.full) w(`----- ${p.role === 'registrar' ? 'Registrar' : 'DNS Provider'}: ${p.name}...${p.skipped ? ' (skipping)' : ''}`);
      if (p.skipped) return;
      if (o.full || p.changeCount > 0) w(`${plural(p.changeCount)} (${p.name})`);
    },
    correction(c: Correction, label) {
      w(`${label.info ? 'INFO' : ''}#${label.n}: ${colorize(c.msg, o.color)}`);
    },
    success() {
      w(o.color ? paint('green', 'SUCCESS!') : 'SUCCESS!');
    },
    failure(error: unknown) {
      const msg = `FAILURE! ${error instanceof Error ? error.message : String(error)}`;
      w(o.color ? paint('red', msg) : msg);
    },
    done(total: number) {
      w(`Done. ${total} corrections.`);
    },
    stopped(plan: Plan, result: ApplyResult) {
      o.out(failureSummary(plan, result));
    },
  };
}

/** After a failed push, in place of "Done.": per zone, in plan order, how many corrections were and were not
 *  applied (stderr lists them one by one, with the error). */
export function failureSummary(plan: Plan, result: Pick<ApplyResult, 'applied' | 'notApplied'>): string {
  const { applied, notApplied } = result;
  const total = applied.length + notApplied.length;
  const lines = [`Push stopped at the first failure: ${applied.length} of ${total} correction${total === 1 ? '' : 's'} applied.`];
  for (const z of plan.zones) {
    const yes = applied.filter((c) => c.domain === z.domain).length;
    const no = notApplied.filter((c) => c.domain === z.domain).length;
    if (yes || no) lines.push(`${z.domain}: ${yes} applied, ${no} NOT applied`);
  }
  return `${lines.join('\n')}\n`;
}
