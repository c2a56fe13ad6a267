import { defineConfig } from 'vitest/config';

/**
 * Three projects, each runnable alone (`npm run test:unit`, `test:site`, `test:browser`); `npm test`
 * runs all three.
 * - unit: plain logic, the checker, Markdown plugins, schemas — no build, no child process, seconds.
 *   `npm run test:unit` runs it on every core (--maxWorkers=100%): Vitest's default leaves one core
 *   free, which on a 2-core machine meant one worker and 18 s instead of 11–13 s.
 * - site: the built sample school's HTML and exports, tests that run builds or CLIs (tests/cli/), and
 *   checks of big generated schools (tests/bench/generate-large.test.ts).
 * - browser: real Chromium against the built sample school.
 * The sample is built once per run (tests/setup/build-once.ts) for whichever of site/browser runs.
 */
const UNIT = [
  'tests/unit/**/*.test.ts',
  'tests/checker/**/*.test.ts',
  'tests/lib/**/*.test.ts',
  'tests/markdown/**/*.test.ts',
  'tests/search/**/*.test.ts',
  'tests/json-schema/**/*.test.ts',
  'tests/editor/**/*.test.ts',
  'tests/build/dev-loader.test.ts',
  'tests/bench/generate.test.ts',
  'tests/bench/generate-cli.test.ts',
  'tests/bench/starlight.test.ts',
  'tests/import/**/*.test.ts',
  'tests/region/**/*.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 300_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        // One shared module graph (no isolation): unit tests keep no global state, and it halves the time.
        test: { name: 'unit', include: UNIT, isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: [...UNIT, 'tests/browser/**'],
          globalSetup: ['tests/setup/build-once.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build-once.ts'],
        },
      },
    ],
  },
});
