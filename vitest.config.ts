import path from 'node:path';
import { defineConfig } from 'vitest/config';

const shim = (f: string) => path.resolve(__dirname, 'src/test/shims', f);

/** Unit and component tests: fast, no build, no browser. Docusaurus client modules are shimmed. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    environment: 'node',
    testTimeout: 20_000,
  },
  resolve: {
    alias: {
      '@docusaurus/Translate': shim('Translate.tsx'),
      '@docusaurus/Link': shim('Link.tsx'),
      '@docusaurus/useBrokenLinks': shim('useBrokenLinks.ts'),
      '@docusaurus/useDocusaurusContext': shim('useDocusaurusContext.ts'),
      '@docusaurus/useBaseUrl': shim('useBaseUrl.ts'),
    },
  },
  esbuild: { jsx: 'automatic' },
});
