// Markdown details the CLI fixture (test/plan/format.test.ts) does not reach: registrars, label granularity,
// the collapse threshold, escaping in headings.
import { describe, expect, it } from 'vitest';
import type { RecordConfig } from '../ir/types.js';
import { renderMarkdown } from './markdown.js';
import type { Plan } from './types.js';

const a = (name: string, target: string): RecordConfig => ({ type: 'A', name, target, ttl: 300 });
const mx: RecordConfig = { type: 'MX', name: 'www', target: 'mx.example.com.', mxpreference: 10, ttl: 300 };
const dc = { name: 'example.com', registrar: 'reg', dnsProviders: { p: -1 }, records: [] };

const plan: Plan = {
  total: 3,
  zones: [{
    domain: 'example.com',
    providers: [
      { role: 'provider', name: 'p', changeCount: 2, corrections: [{ msg: 'x', run: async () => {} }], source: { dc, existing: [], changes: [
        { kind: 'change', key: { nameFQDN: 'www.example.com', type: '' }, old: [a('www', '192.0.2.1'), mx], new: [a('www', '192.0.2.2'), mx], msgs: [] },
        { kind: 'create', key: { nameFQDN: 'new.example.com', type: '' }, old: [], new: [a('new', '192.0.2.3')], msgs: [] },
      ] } },
      { role: 'registrar', name: 'reg', changeCount: 1, corrections: [{ msg: 'Update nameservers a.example.net,b.example.net', run: async () => {} }], source: { dc } },
    ],
  }],
};

describe('renderMarkdown', () => {
  it('label granularity shows every type at the name; registrars list their corrections', () => {
    expect(renderMarkdown(plan)).toBe([
      '### dnscode preview: 3 changes in 1 zone', '',
      '| Zone | Provider | Create | Modify | Delete |', '|---|---|--:|--:|--:|',
      '| example.com | p | 1 | 1 | 0 |',
      '| example.com | registrar reg | 0 | 1 | 0 |',
      '| **Total** | | **1** | **2** | **0** |', '',
      '#### example.com (p): 2 changes', '',
      '| Change | Name | Type | Before | After |', '|---|---|---|---|---|',
      '| ✏️ modify | <code>www.example.com</code> | * | <code>A 192.0.2.1</code> ttl 300<br><code>MX 10 mx.example.com.</code> ttl 300 | <code>A 192.0.2.2</code> ttl 300<br><code>MX 10 mx.example.com.</code> ttl 300 |',
      '| ➕ create | <code>new.example.com</code> | * |  | <code>A 192.0.2.3</code> ttl 300 |', '',
      '#### example.com (registrar reg): 1 change', '',
      '- <code>Update nameservers a.example.net,b.example.net</code>', '',
    ].join('\n'));
  });

  it.each([[1, true], [2, false]])('collapseOver %i: collapsed %s', (collapseOver, collapsed) => {
    const md = renderMarkdown(plan, { collapseOver, title: 'Plan for PR 12' });
    expect(md.startsWith('### Plan for PR 12: 3 changes')).toBe(true);
    expect(md.includes('<details>\n<summary><b>example.com (p): 2 changes</b></summary>')).toBe(collapsed);
  });
});

describe('size budget', () => {
  const many: Plan = { total: 300, zones: [{ domain: 'example.com', providers: [{ role: 'provider', name: 'p', changeCount: 300, corrections: [],
    source: { dc, existing: [], changes: Array.from({ length: 300 }, (_, i) => ({ kind: 'create' as const, key: { nameFQDN: `h${i}.example.com`, type: 'A' }, old: [], new: [a(`h${i}`, '192.0.2.1')], msgs: [] })) } }] }] };
  it.each([[1_000_000, 300, false], [10_000, 50, true], [2_000, 10, true], [500, 0, true]])('maxChars %i: %i rows', (maxChars, rows, cut) => {
    const md = renderMarkdown(many, { maxChars });
    expect(md.match(/^\| ➕ create/gm)?.length ?? 0).toBe(rows);
    expect(md.includes(rows ? `| … | *${300 - rows} more;` : '*300 changes: too many for this comment;')).toBe(cut);
    expect(md).toContain('| **Total** | | **300** | **0** | **0** |');
  });
});
