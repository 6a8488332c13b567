import { defineConfig } from 'vitest/config';

// Three projects: fast pure-logic tests, browser tests against the built site in dist/, and (last) builds.
export default defineConfig({
  test: {
    projects: [
      {
        // 30 s: some unit tests start node or astro, and run beside the fixture builds and the fuzz test on two cores.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], root: '.', environment: 'node', testTimeout: 30_000 },
      },
      {
        // Builds the sample site several times (incremental against full): slow, so its own project,
        // run after the others so its builds do not compete with the browser tests' timing.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          root: '.',
          environment: 'node',
          testTimeout: 900_000,
          hookTimeout: 900_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          root: '.',
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium per file; two cores, so keep parallelism modest.
          maxWorkers: 2,
        },
      },
    ],
  },
});
