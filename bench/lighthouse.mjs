#!/usr/bin/env node
// Lighthouse (mobile settings) over every page type in both locales, against build/ served
// with gzip on loopback, printed as a table. A benchmark, not a test: scores vary with load.
//   node bench/lighthouse.mjs [--json out.json]
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from '../scripts/lib/serve.mjs';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/lib/chromium.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const PAGES = ['/', '/limits/degenerative-ai', '/camps/performance-plateau', '/strategies/post-scaling-playbook', '/sources', '/claims', '/claims/cs-dai-defined', '/claims/graph', '/search'];
const server = await serveStatic(path.join(root, 'build'), { gzip: true });
const chrome = await chromeLauncher.launch({ chromePath: ensureChromium(), chromeFlags: CHROMIUM_ARGS });
const rows = [];
for (const prefix of ['', '/zh-Hans']) {
  for (const p of PAGES) {
    const url = server.url + prefix + p;
    const res = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const c = res.lhr.categories;
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    const row = { page: prefix + p, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), lcpMs: Math.round(res.lhr.audits['largest-contentful-paint'].numericValue), cls: Number(res.lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)) };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
}
await chrome.kill();
await server.close();
console.log('\n| page | perf | a11y | best practices | SEO | LCP (ms) | CLS |\n|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} | ${r.cls} |`);
const i = process.argv.indexOf('--json');
if (i > 0) fs.writeFileSync(process.argv[i + 1], JSON.stringify(rows, null, 1));
