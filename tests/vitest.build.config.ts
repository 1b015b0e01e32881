import { defineConfig } from 'vitest/config';

/** Real production builds of broken fixture sites: slow, so kept apart from the unit tests. */
export default defineConfig({
  test: {
    root: __dirname,
    include: ['build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
