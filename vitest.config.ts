import { configDefaults, defineConfig } from 'vitest/config';

// `unit`: in-process tests under src/ (`npm run test:unit`, under a minute). `live`: everything that starts
// DNS servers, provider fakes, dnscode processes or long generated runs (`npm run test:live`).
// `vitest run` (npm test) runs both.
const LIVE = [
  'src/**/*.live.test.ts',
  // Only real `dnscode fmt` processes.
  'src/cli/commands/fmt.test.ts',
  'test/**/*.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...LIVE],
          // These files mock nothing and change no global state, so they may share a worker's module graph
          // (a third of the time is re-importing otherwise); two workers because many wait on the config
          // evaluator's process (the default is one fewer than the CPUs: one on a 2-core CI machine).
          isolate: false,
          maxWorkers: 2,
          // Unit first, then live: projects with their own maxWorkers need their own group, and the live
          // project's timing tests then do not share the CPUs with these workers.
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'live', include: LIVE, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
