#!/usr/bin/env node
/* global document, MutationObserver, HTMLInputElement, Event -- used inside page.evaluate, which runs in the browser */
// Search benchmark (a script, not a test): the search index size per locale, the bytes a
// reader downloads before the first result, and the time from keystroke to results in
// Chromium, over a list of real queries in both languages.
//   node bench/search.mjs        (needs a build: npm run build)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serveStatic } from '../scripts/lib/serve.mjs';
import { launch } from '../scripts/lib/chromium.mjs';
import { builtFile } from '../scripts/lib/page-weight.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const build = path.join(root, 'build');
const gz = (f) => zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

for (const [locale, dir] of [['en', build], ['zh-Hans', path.join(build, 'zh-Hans')]]) {
  const files = fs.readdirSync(dir).filter((f) => /^search-index.*\.json$/.test(f));
  const raw = files.reduce((s, f) => s + fs.statSync(path.join(dir, f)).size, 0);
  const packed = files.reduce((s, f) => s + gz(path.join(dir, f)), 0);
  console.log(`index ${locale}: ${files.length} file(s), ${kb(raw)} raw, ${kb(packed)} gzip`);
}

const QUERIES = [['', 'Chinchilla'], ['', 'test-time compute'], ['', 'hallucination'], ['/zh-Hans', '幻觉'], ['/zh-Hans', '合成数据'], ['/zh-Hans', '世界模型']];
const server = await serveStatic(build);
const browser = await launch();
const rows = [];
for (const [prefix, q] of QUERIES) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}${prefix}/limits/degenerative-ai`, { waitUntil: 'networkidle' });
  const before = fetched.length;
  const input = page.locator('.navbar .navbar__search-input').first();
  await input.click();
  // Time from the last keystroke to the first suggestion in the DOM, measured in the page.
  const ms = await page.evaluate(async (query) => {
    const el = document.querySelector('.navbar .navbar__search-input');
    const found = () => document.querySelector('[role="listbox"] [role="option"]');
    return new Promise((resolve) => {
      let t0 = 0;
      const obs = new MutationObserver(() => {
        if (t0 && found()) { obs.disconnect(); resolve(performance.now() - t0); }
      });
      obs.observe(document.body, { childList: true, subtree: true });
      el.focus();
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setter.call(el, query);
      t0 = performance.now();
      el.dispatchEvent(new Event('input', { bubbles: true }));
      setTimeout(() => { obs.disconnect(); resolve(-1); }, 15000);
    });
  }, q);
  await page.waitForTimeout(200);
  const searchFiles = [...new Set(fetched.slice(before))].map((p) => builtFile(build, p)).filter(Boolean);
  const pageFiles = [...new Set(fetched.slice(0, before))].map((p) => builtFile(build, p)).filter(Boolean);
  const bytesSearch = searchFiles.reduce((s, f) => s + gz(f), 0);
  const bytesPage = pageFiles.reduce((s, f) => s + gz(f), 0);
  rows.push({ query: `${prefix || '/'} ${q}`, pageKB: (bytesPage / 1024).toFixed(0), searchKB: (bytesSearch / 1024).toFixed(0), firstResultKB: ((bytesPage + bytesSearch) / 1024).toFixed(0), keystrokeToResultsMs: Math.round(ms) });
  await context.close();
}
await browser.close();
await server.close();
console.log('\n| query | page (KB gz) | fetched for search (KB gz) | before first result (KB gz) | keystroke → results (ms, first query cold) |\n|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.query} | ${r.pageKB} | ${r.searchKB} | ${r.firstResultKB} | ${r.keystrokeToResultsMs} |`);
