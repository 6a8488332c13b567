import { defineConfig } from 'vitest/config';

// Two projects: fast pure-logic tests, and browser tests against the built site in dist/.
export default defineConfig({
  test: {
    projects: [
      {
        // 30 s: some unit tests start node or astro, and run beside the fixture builds and the fuzz test on two cores.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], root: '.', environment: 'node', testTimeout: 30_000 },
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
