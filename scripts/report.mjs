#!/usr/bin/env node
// `npm run report`: builds the site if needed, then prints the quality figures: page weight
// per page type beside a plain Docusaurus page, search index sizes and latency, Lighthouse
// scores (mobile) for every page type in both locales, and the accessibility probe.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const run = (title, args) => {
  console.log(`\n## ${title}\n`);
  const res = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  return res.status ?? 1;
};
if (!fs.existsSync(path.join(root, 'build', 'index.html'))) run('Build', [path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build']);
let failed = 0;
failed += run('Page weight (gzip, first load)', ['bench/page-weight.mjs']) ? 1 : 0;
failed += run('Search', ['bench/search.mjs']) ? 1 : 0;
failed += run('Lighthouse (mobile)', ['bench/lighthouse.mjs']) ? 1 : 0;
failed += run('Accessibility (axe-core, light/desktop and dark/phone)', ['scripts/a11y-probe.mjs', '/', '/limits/degenerative-ai', '/camps/', '/strategies/post-scaling-playbook', '/sources', '/claims', '/claims/cs-dai-defined', '/claims/graph', '/search?q=scaling', '/no-such-page', '/zh-Hans/', '/zh-Hans/limits/fundamental-limits', '/zh-Hans/claims']) ? 1 : 0;
process.exit(failed ? 1 : 0);
