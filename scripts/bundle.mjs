#!/usr/bin/env node
// `npm run build`, after tsc: bundles what dnscode ships, so that installing it fetches and builds nothing.
// - dist/isolate/evaluator.mjs: the isolated config evaluator (dist/isolate/child.js and what it imports),
//   one file because it is the only file that process may read (src/isolate/launch.ts).
// - dist/bundle/: the command line (cli.js) and the library (index.js) with every dependency inside, split
//   into chunks so a command loads only what it uses (a provider's code, prettier for `fmt`). One file per
//   chunk also starts faster than hundreds of modules.
// - dist/vendor/underscore-umd-min.js, served to configs that require("lib/underscore.js").
// - dist/vendor/tr46.cjs: IDNA, loaded only when a name is not ASCII (src/_util/tr46.ts).
// - dist/THIRD-PARTY-NOTICES.md: the name, version, licence and licence text of every bundled package.
// esbuild: a bundler made for this, fast enough to run on every build.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const common = {
  bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', metafile: true, legalComments: 'none',
  // Bundled CommonJS packages call require() for Node's own modules; an ES module has none of its own.
  banner: { js: "import { createRequire as __dnscodeRequire } from 'node:module'; const require = __dnscodeRequire(import.meta.url);" },
};

const evaluator = await build({
  ...common,
  entryPoints: [path.join(dist, 'isolate/child.js')],
  outfile: path.join(dist, 'isolate/evaluator.mjs'),
});

fs.rmSync(path.join(dist, 'bundle'), { recursive: true, force: true });
const app = await build({
  ...common,
  // launch.js: bin/dnscode starts the config evaluator from it before it loads the rest (src/isolate/launch.ts).
  entryPoints: { cli: path.join(dist, 'cli/main.js'), index: path.join(dist, 'index.js'), launch: path.join(dist, 'isolate/launch.js') },
  outdir: path.join(dist, 'bundle'),
  splitting: true,
  chunkNames: 'chunk-[hash]',
});

fs.mkdirSync(path.join(dist, 'vendor'), { recursive: true });
// tr46 and its tables, loaded synchronously only when a name is not ASCII (src/_util/tr46.ts).
const tr46 = await build({
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', metafile: true, legalComments: 'none',
  stdin: { contents: "module.exports = require('tr46');", resolveDir: root, loader: 'js' },
  outfile: path.join(dist, 'vendor/tr46.cjs'),
});
fs.copyFileSync(path.join(root, 'node_modules/underscore/underscore-umd-min.js'), path.join(dist, 'vendor/underscore-umd-min.js'));

/** The packages whose code went into a bundle, from esbuild's record of its inputs. */
function bundledPackages(...metas) {
  const dirs = new Set(['node_modules/underscore']);
  for (const meta of metas) {
    for (const input of Object.keys(meta.inputs)) {
      const m = /^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (m) dirs.add(input.slice(0, m.index + m[0].length - 1));
    }
  }
  return [...dirs].sort();
}

const notices = ['# Third-party notices', '', 'dnscode bundles the following packages into dist/. Each is listed with its licence.', ''];
for (const dir of bundledPackages(evaluator.metafile, app.metafile, tr46.metafile)) {
  const abs = path.resolve(root, dir);
  const pkg = JSON.parse(fs.readFileSync(path.join(abs, 'package.json'), 'utf8'));
  const licenceFile = fs.readdirSync(abs).find((f) => /^(licen[cs]e|copying)(\..*)?$/i.test(f));
  notices.push(`## ${pkg.name} ${pkg.version} (${typeof pkg.license === 'string' ? pkg.license : 'see below'})`, '');
  if (licenceFile) notices.push('```', fs.readFileSync(path.join(abs, licenceFile), 'utf8').trim(), '```', '');
}
fs.writeFileSync(path.join(dist, 'THIRD-PARTY-NOTICES.md'), notices.join('\n'));
