// The layers of src/, lowest first. A module may import its own layer and the layers below it, never one
// above: the CLI sits on top and nothing imports upward. docs/architecture.md explains each folder.
// Tests (*.test.ts) may import across layers; the code they test may not.
const LAYERS = [
  ['base', ['_util', 'errors.ts', 'version.ts']],
  ['model', ['rr', 'ir']],
  ['formats', ['zonefile', 'dns', 'diff', 'filter', 'convert', 'typings']],
  ['providers', ['providers']],
  // fmt formats config files and places their syntax errors as check does (dsl's explainer, isolate's transpiler).
  ['config', ['normalize', 'creds', 'dsl', 'isolate', 'config', 'fmt']],
  ['plan', ['plan']],
  ['safety', ['safety']],
  ['run', ['run']],
  ['top', ['init', 'cli', 'index.ts']],
];

const pathsOf = (names) => `^src/(${names.map((n) => n.replace('.', '\\.')).join('|')})($|/)`;

const forbidden = LAYERS.slice(0, -1).map(([name, folders], i) => ({
  name: `layer-${name}`,
  comment: `${folders.join(', ')} (layer "${name}") may not import a higher layer: ${LAYERS.slice(i + 1).map(([n]) => n).join(', ')}`,
  severity: 'error',
  from: { path: pathsOf(folders), pathNot: '\\.test\\.ts$' },
  to: { path: pathsOf(LAYERS.slice(i + 1).flatMap(([, f]) => f)) },
}));

module.exports = {
  forbidden: [
    ...forbidden,
    {
      name: 'no-circular',
      comment: 'Modules import each other in one direction only.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { circular: true, viaOnly: { pathNot: '\\.test\\.ts$' } },
    },
    {
      name: 'every-folder-has-a-layer',
      comment: 'A new folder in src/ needs its place in LAYERS above.',
      severity: 'error',
      from: {},
      to: { path: '^src/', pathNot: pathsOf(LAYERS.flatMap(([, f]) => f)) },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$|^src/dsl/testdata/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
