#!/usr/bin/env node
// One big zone: `dnscode preview` (whole process) of a BIND zone file of N records (A, AAAA, CNAME, MX, TXT)
// whose config differs by one record, against `named-checkzone` loading the same file. Sizes 100k, 300k and
// 1M, to show how time and memory grow, each with the zone file in two forms:
//   - "as dnscode writes it": the file dnscode's BIND writer makes (its record order and layout), which is what
//     a zone managed with dnscode has on disk after its first push: the everyday preview;
//   - "in config order": the generator's own order, as a zone written by another tool or by hand (the first
//     preview after a migration).
// Rounds are interleaved (reference, dnscode, reference, ...) and the table shows medians.
// Target (issue 18): at 1,000,000 records ≤ 2× the time of named-checkzone and ≤ 1 GB peak RSS.
// Usage: node bench/big-zone.mjs [sizes, comma-separated] [rounds]   (after `npm run build`)
import fs from 'node:fs';
import path from 'node:path';
import { CLI, interleaved, makeProject, printTable, rewriteAsDnscode, timed, writeZone } from './_scale.mjs';

const sizes = (process.argv[2] ?? '100000,300000,1000000').split(',').map(Number);
const ROUNDS = Number(process.argv[3] ?? 3);
const checkzone = ['/usr/bin/named-checkzone', '/usr/sbin/named-checkzone'].find((f) => fs.existsSync(f));
if (!checkzone) {
  console.log('big-zone: skipped: named-checkzone is not installed (bash test/servers/install-packages.sh)');
  process.exit(0);
}

const rows = [];
for (const order of ['as dnscode writes it', 'in config order']) {
  for (const n of sizes) {
    const dir = await makeProject('bench-big-zone-', (d, js) => writeZone(d, 0, 'big.example', n, js));
    try {
      if (order === 'as dnscode writes it') await rewriteAsDnscode(dir, 'big.example');
      // One change: the config's first A record gets another address.
      const cfg = fs.readFileSync(path.join(dir, 'dnsconfig.js'), 'utf8').replace('A("h0", "10.0.0.0")', 'A("h0", "10.255.255.255")');
      fs.writeFileSync(path.join(dir, 'dnsconfig.js'), cfg);
      const { ref, dn } = interleaved(ROUNDS,
        () => timed(checkzone, ['-q', 'big.example', path.join(dir, 'zones', 'big.example.zone')], dir),
        () => timed(process.execPath, [CLI, 'preview', '--eval-max-memory', '8192'], dir));
      if (!/1 correction/.test(dn.stdout)) { console.error(`expected one correction, got:\n${dn.stdout.slice(-1000)}`); process.exit(1); }
      rows.push({ size: `${n.toLocaleString('en')} records, ${order}`, dn, ref, target: n === 1_000_000 });
      console.log(`${n} (${order}): dnscode ${dn.all.join(' / ')} ms, ${Math.round(dn.rss)} MB; named-checkzone ${ref.all.join(' / ')} ms, ${Math.round(ref.rss)} MB`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}
printTable(`preview of one zone with one change vs named-checkzone (medians of ${ROUNDS} interleaved rounds)`, rows, (r) =>
  `${(r.dn.ms / r.ref.ms).toFixed(2)}× (≤ 2×: ${r.dn.ms <= 2 * r.ref.ms ? 'met' : 'NOT met'}), ${Math.round(r.dn.rss)} MB (≤ 1024 MB: ${r.dn.rss <= 1024 ? 'met' : 'NOT met'})`);
