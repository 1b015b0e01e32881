#!/usr/bin/env node
// node scripts/permalinks.mjs update   — record every page and anchor of build/ in permalinks.json
// node scripts/permalinks.mjs check    — fail when a recorded one has gone (or a new one is unrecorded)
import fs from 'node:fs';
import path from 'node:path';
import { collectPermalinks, diffPermalinks } from './lib/permalinks.mjs';
import { loadRedirects } from './lib/redirects.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const registryFile = path.join(root, 'permalinks.json');
const buildDir = path.join(root, 'build');
const cmd = process.argv[2] ?? 'check';
if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
  console.error('No build/ to read: run `npm run build` first.');
  process.exit(2);
}
const current = collectPermalinks(buildDir);
if (cmd === 'update') {
  const before = fs.existsSync(registryFile) ? JSON.parse(fs.readFileSync(registryFile, 'utf8')) : {};
  const { missing } = diffPermalinks(before, current, await loadRedirects());
  if (missing.length && !process.argv.includes('--allow-removal')) {
    console.error(`These published links would be dropped from the registry:\n  ${missing.join('\n  ')}\nAdd a redirect or an anchor alias in src/data/redirects.ts, or pass --allow-removal if they were never published.`);
    process.exit(1);
  }
  // Published entries stay in the registry for good: merge, never shrink.
  const merged = { ...before };
  for (const [url, anchors] of Object.entries(current)) merged[url] = [...new Set([...(merged[url] ?? []), ...anchors])].sort();
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  fs.writeFileSync(registryFile, `${JSON.stringify(sorted, null, 1)}\n`);
  const n = Object.values(sorted).reduce((s, a) => s + a.length, 0);
  console.log(`permalinks.json: ${Object.keys(sorted).length} pages, ${n} anchors`);
} else {
  const registry = JSON.parse(fs.readFileSync(registryFile, 'utf8'));
  const { missing, added } = diffPermalinks(registry, current, await loadRedirects());
  if (missing.length) console.error(`Published links that no longer resolve:\n  ${missing.join('\n  ')}`);
  if (added.length) console.error(`New links not yet in permalinks.json (run \`npm run permalinks\`):\n  ${added.slice(0, 30).join('\n  ')}${added.length > 30 ? `\n  … and ${added.length - 30} more` : ''}`);
  process.exit(missing.length || added.length ? 1 : 0);
}
