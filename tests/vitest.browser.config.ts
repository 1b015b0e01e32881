import { defineConfig } from 'vitest/config';

/** Browser tests: headless Chromium against the production build served on loopback. */
export default defineConfig({
  test: {
    root: __dirname,
    include: ['browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
