import { defineConfig } from 'vitest/config';

/** Unit and component tests: fast, no build, no browser. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    environment: 'node',
    testTimeout: 20_000,
  },
  esbuild: { jsx: 'automatic' },
});
