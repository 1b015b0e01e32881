import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/serve.mjs';
import { ensureChromium } from '../../scripts/lib/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves build/ once for all browser tests, and makes sure Chromium is installed. */
export default async function setup(project: TestProject) {
  const buildDir = path.resolve(__dirname, '../../build');
  if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error('No production build in build/: run `npm run build` first (npm test does it for you).');
  }
  ensureChromium();
  const server = await serveStatic(buildDir);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
