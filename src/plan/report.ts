// --report FILE (reference §1): one item per (zone, DNS provider) and per (zone, registrar):
// {domain, corrections, correction_details, provider | registrar}. Message-only corrections are listed
// but not counted.
import { stripVTControlCharacters } from 'node:util';
import type { Plan } from './types.js';

export interface ReportItem {
  domain: string;
  corrections: number;
  correction_details: string[];
  provider?: string;
  registrar?: string;
}

export function buildReport(plan: Plan): ReportItem[] {
  return plan.zones.flatMap((z) => z.providers.map((p) => {
    const item: ReportItem = {
      domain: z.domain,
      corrections: p.changeCount,
      correction_details: p.corrections.map((c) => stripVTControlCharacters(c.msg)),
    };
    if (p.role === 'registrar') item.registrar = p.name;
    else item.provider = p.name;
    return item;
  }));
}

export function reportJson(plan: Plan): string {
  return `${JSON.stringify(buildReport(plan), null, 2)}\n`;
}
