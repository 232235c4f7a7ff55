// --report FILE (DNSControl's report format): one item per (zone, DNS provider) and per (zone, registrar):
// {domain, corrections, correction_details, provider | registrar}. As in DNSControl, the details are the
// lines of the corrections that do something (ANSI-stripped, trimmed, no blank lines; message-only
// corrections are left out) and `corrections` is their number.
import { stripVTControlCharacters } from 'node:util';
import type { Plan } from './types.js';

export interface ReportItem {
  domain: string;
  corrections: number;
  correction_details: string[];
  provider?: string;
  registrar?: string;
}

function detailLines(msg: string): string[] {
  return stripVTControlCharacters(msg).split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

export function buildReport(plan: Plan): ReportItem[] {
  return plan.zones.flatMap((z) => z.providers.filter((p) => !p.skipped).map((p) => {
    const details = p.corrections.filter((c) => c.run).flatMap((c) => detailLines(c.msg));
    const item: ReportItem = { domain: z.domain, corrections: details.length, correction_details: details };
    if (p.role === 'registrar') item.registrar = p.name;
    else item.provider = p.name;
    return item;
  }));
}

export function reportJson(plan: Plan): string {
  return `${JSON.stringify(buildReport(plan), null, 2)}\n`;
}
