#!/usr/bin/env node
// Scale benchmark for the claims graph (a script, not a test): generates synthetic sites of
// 100, 1,000 and 5,000 claims in both locales, and prints the plugin's time, the full build
// time, the bytes a claim page and a content page ship, and the size of the export.
//   node bench/claims-scale.mjs [100 1000 5000] [--no-build] [--pages N]
// By default pages hold 25 claims each, so the page count grows with the claims. With
// --pages N the page count is fixed and only the claims per page grow: the bytes of a claim
// page then show whether a page grows with the claims on other pages.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { serveStatic } from '../scripts/lib/serve.mjs';
import { launch } from '../scripts/lib/chromium.mjs';
import { measurePage } from '../scripts/lib/page-weight.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const pagesArg = args.indexOf('--pages');
const FIXED_PAGES = pagesArg >= 0 ? Number(args[pagesArg + 1]) : 0;
const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--pages').map(Number);
const perPage = (n) => (FIXED_PAGES ? Math.ceil(n / FIXED_PAGES) : 25);
const SPEAKERS = ['coveney-succi', 'limits-paper', 'jensen-huang', 'sam-altman', 'ilya-sutskever', 'ari-morcos'];
const SOURCES = ['coveney-succi-2025', 'mohsin-2025-limits', 'kaplan-2020', 'hoffmann-2022', 'altman-2025'];
const THEMES = ['limits', 'camps', 'strategies'];

// A small deterministic generator, so that every run measures the same site.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (a) => a[Math.floor(rand() * a.length)];

function page(lang, theme, p, ids, all) {
  const lines = ['---', `title: ${lang === 'en' ? 'Synthetic page' : '合成页面'} ${theme} ${p}`, `description: ${lang === 'en' ? 'A generated page for the claims-graph scale benchmark, with many claims.' : '为论断图规模基准生成的页面，含有许多论断，用于测量构建与页面大小。'}`, '---', ''];
  lines.push(lang === 'en' ? `This page refers to [[${pick(all)}]] and [[${pick(all)}]].` : `本页提到[[${pick(all)}]]和[[${pick(all)}]]。`, '', `## Section {#section-${p}}`, '');
  for (const id of ids) {
    const rel = [];
    for (const type of ['supports', 'contradicts', 'refines']) {
      if (rand() < 0.35) {
        const t = pick(all);
        if (t !== id) rel.push(`${type}={["${t}"]}`);
      }
    }
    // Same random stream in both locales: the relations must match.
    lines.push(`<Claim id="${id}" by="${pick(SPEAKERS)}" source="${pick(SOURCES)}" ${rel.join(' ')} tags={["t${Math.floor(rand() * 40)}"]}>`);
    lines.push(lang === 'en' ? `Synthetic claim ${id} states a finding about scaling exponents, data and compute.` : `合成论断 ${id} 陈述了一个关于扩展指数、数据和算力的发现。`, '</Claim>', '');
  }
  return lines.join('\n');
}

function generate(n) {
  const dir = path.join(root, 'bench', 'out', `site-${n}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const all = Array.from({ length: n }, (_, i) => `syn-${i}`);
  const PER_PAGE = perPage(n);
  const pages = Math.ceil(n / PER_PAGE);
  for (const lang of ['en', 'zh-Hans']) {
    seed = 42 + n;
    const base = lang === 'en' ? path.join(dir, 'docs') : path.join(dir, 'i18n/zh-Hans/docusaurus-plugin-content-docs/current');
    fs.mkdirSync(base, { recursive: true });
    fs.writeFileSync(path.join(base, 'index.mdx'), `---\ntitle: ${lang === 'en' ? 'Synthetic overview' : '合成总览'}\ndescription: ${lang === 'en' ? 'The overview of a synthetic site generated for the scale benchmark.' : '为规模基准生成的合成网站的总览页，用于测量构建时间与页面大小。'}\nslug: /\n---\n\n${lang === 'en' ? 'Overview.' : '总览。'}\n`);
    for (let p = 0; p < pages; p++) {
      const theme = THEMES[p % 3];
      fs.mkdirSync(path.join(base, theme), { recursive: true });
      fs.writeFileSync(path.join(base, theme, `page-${p}.mdx`), page(lang, theme, p, all.slice(p * PER_PAGE, (p + 1) * PER_PAGE), all));
    }
  }
  fs.writeFileSync(path.join(dir, 'docusaurus.config.ts'), `import { makeConfig } from '../../../src/config/site-config';\nexport default makeConfig({ siteDir: __dirname, search: false, minimal: true });\n`);
  return dir;
}

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

/** Bytes (gzip) a page ships on first load, measured in Chromium against the synthetic build. */
async function pageBytes(buildDir, urlPath) {
  const server = await serveStatic(buildDir);
  const browser = await launch();
  try {
    return await measurePage(browser, server.url, buildDir, urlPath);
  } finally {
    await browser.close();
    await server.close();
  }
}

// The pipeline is TypeScript: load it the way Docusaurus loads the config (jiti).
const { default: createJiti } = await import('jiti');
const jiti = createJiti(import.meta.url.replace('file://', ''), { interopDefault: true });
const { runPipeline: run } = jiti(path.join(root, 'src/plugins/claims/pipeline.ts'));
const { lookup } = jiti(path.join(root, 'src/plugins/claims/index.ts'));
const runPipeline = (dir) => run(dir, lookup);
const rows = [];
for (const n of sizes.length ? sizes : [100, 1000, 5000]) {
  const dir = generate(n);
  const t0 = performance.now();
  const res = runPipeline(dir);
  const pluginMs = performance.now() - t0;
  if (res.problems.length) throw new Error(`synthetic site has problems:\n${res.problems.slice(0, 5).map((p) => p.message).join('\n')}`);
  const row = { claims: n, pages: Math.ceil(n / perPage(n)), pluginMs: Math.round(pluginMs) };
  if (!noBuild) {
    const t = performance.now();
    const res = spawnSync(process.execPath, [path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', dir], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 1 << 28 });
    row.buildS = Number(((performance.now() - t) / 1000).toFixed(1));
    if (res.status !== 0) throw new Error(`build of ${n} failed:\n${res.stderr.slice(-3000)}`);
    const b = path.join(dir, 'build');
    const claimPage = await pageBytes(b, '/claims/syn-0');
    const contentPage = await pageBytes(b, '/limits/page-0');
    row.claimPage = `${claimPage.html}+${claimPage.js}+${claimPage.css}`;
    row.contentPage = `${contentPage.html}+${contentPage.js}+${contentPage.css}`;
    const exp = fs.readFileSync(path.join(b, 'claims.json'));
    row.exportKB = Math.round(exp.length / 1024);
    row.exportGzKB = Math.round(gz(exp) / 1024);
  }
  rows.push(row);
  console.log(JSON.stringify(row));
}
console.log('\nclaims | pages | plugin (ms, both locales) | full build (s, both locales) | claim page gz html+js+css (B) | content page gz html+js+css (B) | claims.json (KB / gz KB)');
for (const r of rows) console.log(`${r.claims} | ${r.pages} | ${r.pluginMs} | ${r.buildS ?? '-'} | ${r.claimPage ?? '-'} | ${r.contentPage ?? '-'} | ${r.exportKB ?? '-'} / ${r.exportGzKB ?? '-'}`);
