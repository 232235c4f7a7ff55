#!/usr/bin/env node
// Many zones: `dnscode preview` (whole process) of N zones × 10 records kept in sync in BIND zone files,
// against `named-checkconf -z` loading every zone of a generated named.conf in one process (the fair
// reference: one process per zone would mostly measure process start-up). Sizes 1k, 3k and 10k by default.
// Target (issue 18): at 10,000 zones ≤ 2× named-checkconf -z.
// Rounds are interleaved (reference, dnscode, reference, ...) and the table shows medians.
// Usage: node bench/many-zones.mjs [sizes, comma-separated] [rounds]   (after `npm run build`)
import fs from 'node:fs';
import path from 'node:path';
import { CLI, interleaved, makeProject, printTable, timed, writeZone } from './_scale.mjs';

const sizes = (process.argv[2] ?? '1000,3000,10000').split(',').map(Number);
const PER_ZONE = 10;
const ROUNDS = Number(process.argv[3] ?? 3);
const checkconf = ['/usr/bin/named-checkconf', '/usr/sbin/named-checkconf'].find((f) => fs.existsSync(f));
if (!checkconf) {
  console.log('many-zones: skipped: named-checkconf is not installed (bash test/servers/install-packages.sh)');
  process.exit(0);
}

const rows = [];
for (const n of sizes) {
  const dir = await makeProject('bench-many-zones-', (dir, js) => {
    let conf = `options { directory "${dir}/zones"; };\n`;
    for (let d = 0; d < n; d++) {
      const name = `z${d}.example`;
      writeZone(dir, d, name, PER_ZONE, js);
      conf += `zone "${name}" { type primary; file "${name}.zone"; };\n`;
    }
    fs.writeFileSync(path.join(dir, 'named.conf'), conf);
  });
  try {
    const { ref, dn } = interleaved(ROUNDS, () => timed(checkconf, ['-z', path.join(dir, 'named.conf')], dir), () => timed(process.execPath, [CLI, 'preview'], dir));
    if (!/Done\. 0 corrections\./.test(dn.stdout)) { console.error(`expected 0 corrections, got:\n${dn.stdout.slice(-1000)}`); process.exit(1); }
    rows.push({ size: `${n.toLocaleString('en')} zones × ${PER_ZONE}`, dn, ref, target: n === sizes.at(-1) });
    console.log(`${n}: dnscode ${dn.all.join(' / ')} ms, ${Math.round(dn.rss)} MB; named-checkconf -z ${ref.all.join(' / ')} ms, ${Math.round(ref.rss)} MB`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
printTable(`preview of zones in sync vs named-checkconf -z (medians of ${ROUNDS} interleaved rounds)`, rows, (r) => `${(r.dn.ms / r.ref.ms).toFixed(2)}× (≤ 2×: ${r.dn.ms <= 2 * r.ref.ms ? 'met' : 'NOT met'})`);
