import { defineConfig } from 'vitest/config';

/**
 * Three levels, one run (`npm test`):
 * - unit: schemas and the pure modules of src/, no build;
 * - site: checks over built sites (a fixture content set under a base path,
 *   and the real content), then browser tests on them, served locally.
 * The site project builds once in its global setup.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
          // Vitest's default on a 2-core machine is one worker (cores - 1): unit
          // files are small and many, and wait on disk and child processes, so two
          // at a time finish sooner. They run after the site project, not beside it.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build-sites.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Pagefind loads its WebAssembly before the first results: give the
          // page more than the default second before a poll gives up.
          expect: { poll: { timeout: 15_000 } },
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
