#!/usr/bin/env node
// Page weight per page type (gzip bytes of HTML, JS and CSS on first load), both locales,
// beside a plain Docusaurus 3.10 docs page built from the same packages.
//   node bench/page-weight.mjs                   (needs a build: npm run build)
//   node bench/page-weight.mjs --update-budgets  also rewrites budgets.json: the larger locale's figure + 3%
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { serveStatic } from '../scripts/lib/serve.mjs';
import { launch } from '../scripts/lib/chromium.mjs';
import { measurePage } from '../scripts/lib/page-weight.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const budgetFile = JSON.parse(fs.readFileSync(path.join(root, 'budgets.json'), 'utf8'));
const budgets = budgetFile.pages;

// The yardstick: the classic preset's defaults, one docs page of plain text (in the same
// small site as the same-text pages below, whose routes add about 1 KB to its main bundle).
const base = path.join(root, 'bench', 'out', 'baseline');
fs.rmSync(base, { recursive: true, force: true });
fs.mkdirSync(path.join(base, 'docs'), { recursive: true });
fs.writeFileSync(path.join(base, 'docusaurus.config.js'), `module.exports = { title: 'Baseline', url: 'https://example.org', baseUrl: '/', onBrokenLinks: 'ignore', onBrokenAnchors: 'ignore', markdown: { format: 'detect', hooks: { onBrokenMarkdownLinks: 'ignore' } }, presets: [['classic', { docs: { routeBasePath: '/' }, blog: false }]], themeConfig: { navbar: { title: 'Baseline' } } };\n`);
fs.writeFileSync(path.join(base, 'docs', 'intro.md'), '---\nslug: /\n---\n# A plain page\n\nSome text for a plain Docusaurus docs page.\n\n## A section\n\nMore text.\n');
// A second yardstick: the same article's words as plain Markdown in plain Docusaurus, our
// components (claims, formulas, diagrams, plots, tables) stripped to their text.
const ZH_DOCS = 'i18n/zh-Hans/docusaurus-plugin-content-docs/current';
const ARTICLES = {
  '/same-text-degenerative-ai': 'docs/limits/degenerative-ai.mdx',
  '/same-text-post-scaling-playbook': 'docs/strategies/post-scaling-playbook.mdx',
  '/same-text-zh-degenerative-ai': `${ZH_DOCS}/limits/degenerative-ai.mdx`,
  '/same-text-zh-post-scaling-playbook': `${ZH_DOCS}/strategies/post-scaling-playbook.mdx`,
};
/** Which yardstick page each article row is compared with, by budget type and locale. */
const SAME_TEXT = {
  'content-with-diagram': { '': '/same-text-degenerative-ai', '/zh-Hans': '/same-text-zh-degenerative-ai' },
  'content-with-plots': { '': '/same-text-post-scaling-playbook', '/zh-Hans': '/same-text-zh-post-scaling-playbook' },
};
const plainMarkdown = (mdx) =>
  mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .filter((line) => !/^\s*(import |export |<\/?[A-Z])/.test(line))
    .join('\n')
    .replace(/\[\[[^\]|]+\|([^\]]+)\]\]/g, '$1')
    .replace(/\[\[([^\]]+)\]\]/g, '$1')
    .replace(/```mermaid/g, '```text');
for (const [slug, file] of Object.entries(ARTICLES)) {
  fs.writeFileSync(path.join(base, 'docs', `${slug.slice(1)}.md`), `---\nslug: ${slug}\n---\n\n${plainMarkdown(fs.readFileSync(path.join(root, file), 'utf8'))}`);
}
const res = spawnSync(process.execPath, [path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', base], { cwd: root, encoding: 'utf8' });
if (res.status !== 0) throw new Error(res.stderr);

const browser = await launch();
const rows = [];
const baseServer = await serveStatic(path.join(base, 'build'));
rows.push({ page: 'plain Docusaurus docs page', ...(await measurePage(browser, baseServer.url, path.join(base, 'build'), '/')) });
for (const [slug, file] of Object.entries(ARTICLES)) {
  rows.push({ page: `plain Docusaurus, same text as ${file}`, yardstick: true, slug, ...(await measurePage(browser, baseServer.url, path.join(base, 'build'), slug)) });
}
await baseServer.close();
const server = await serveStatic(path.join(root, 'build'));
for (const prefix of ['', '/zh-Hans']) {
  for (const [type, b] of Object.entries(budgets)) {
    rows.push({ page: `${type} ${prefix}${b.path}`, type, sameText: SAME_TEXT[type]?.[prefix], ...(await measurePage(browser, server.url, path.join(root, 'build'), prefix + b.path)) });
  }
}
await server.close();
await browser.close();
const k = (n) => (n / 1024).toFixed(1);
const plain = rows[0];
const pct = (r, y) => `${(((r.js + r.css) / (y.js + y.css) - 1) * 100).toFixed(0)}%`;
console.log('| page | HTML KB | JS KB | CSS KB | total KB | JS+CSS vs plain page | vs same text, plain |\n|---|---|---|---|---|---|---|');
for (const r of rows) {
  const same = r.sameText && rows.find((y) => y.slug === r.sameText);
  console.log(`| ${r.page} | ${k(r.html)} | ${k(r.js)} | ${k(r.css)} | ${k(r.total)} | ${r === plain || r.yardstick ? '—' : pct(r, plain)} | ${same ? pct(r, same) : '—'} |`);
}

if (process.argv.includes('--update-budgets')) {
  const margin = (n) => Math.ceil((n * 1.03) / 100) * 100;
  for (const [type, b] of Object.entries(budgets)) {
    const measured = rows.filter((r) => r.type === type);
    for (const kind of ['js', 'css', 'html']) b[kind] = margin(Math.max(...measured.map((r) => r[kind])));
  }
  fs.writeFileSync(path.join(root, 'budgets.json'), `${JSON.stringify(budgetFile, null, 2)}\n`);
  console.log('\nbudgets.json updated');
}
