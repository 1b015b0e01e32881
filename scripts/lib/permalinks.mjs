// The permalink registry: every public page and anchor of the built site.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';

/** Elements whose ids are public anchors: headings, claims, formulas, corrections, diagrams, plots, table rows and cells, bibliography entries. */
const ANCHOR_SELECTOR = 'h2[id], h3[id], h4[id], article[id], figure[id], aside[id], tr[id], td[id], li[id]';
const PUBLIC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function* htmlFiles(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* htmlFiles(p);
    else if (e.name.endsWith('.html')) yield p;
  }
}

/** Reads build/ into { "/path": ["anchor", ...] }, both locales, sorted. */
export function collectPermalinks(buildDir) {
  const out = {};
  for (const file of htmlFiles(buildDir)) {
    const rel = '/' + path.relative(buildDir, file).split(path.sep).join('/');
    if (/(^|\/)404\.html$/.test(rel) || /\/search\/index\.html$/.test(rel)) continue;
    const url = rel.replace(/index\.html$/, '').replace(/\.html$/, '');
    const $ = load(fs.readFileSync(file, 'utf8'));
    if ($('meta[http-equiv="refresh"]').length) continue; // a client redirect page, not content
    const ids = new Set();
    $(ANCHOR_SELECTOR).each((_, el) => {
      const id = $(el).attr('id');
      if (id && PUBLIC_ID.test(id)) ids.add(id);
    });
    out[url] = [...ids].sort();
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

const stripLocale = (url) => url.replace(/^\/zh-Hans(?=\/)/, '');
const norm = (p) => (p.length > 1 ? p.replace(/\/$/, '') : p);

/**
 * Compares the registry with the current build. `missing`: published URLs or anchors
 * that no longer resolve (and have no redirect or alias); `added`: new ones not yet registered.
 */
export function diffPermalinks(registry, current, { pageRedirects = [], anchorAliases = [] } = {}) {
  const missing = [];
  const added = [];
  const currentByNorm = new Map(Object.entries(current).map(([u, a]) => [norm(u), a]));
  const redirected = new Set(pageRedirects.map((r) => norm(r.from)));
  for (const [url, anchors] of Object.entries(registry)) {
    const now = currentByNorm.get(norm(url));
    if (!now) {
      if (!redirected.has(norm(stripLocale(url)))) missing.push(url);
      continue;
    }
    const have = new Set(now);
    for (const a of anchors) {
      if (have.has(a)) continue;
      const alias = anchorAliases.find((x) => norm(x.page) === norm(stripLocale(url)) && x.from === a);
      if (!alias || !have.has(alias.to)) missing.push(`${url}#${a}`);
    }
  }
  const registered = new Map(Object.entries(registry).map(([u, a]) => [norm(u), new Set(a)]));
  for (const [url, anchors] of Object.entries(current)) {
    const reg = registered.get(norm(url));
    if (!reg) {
      added.push(url);
      continue;
    }
    for (const a of anchors) if (!reg.has(a)) added.push(`${url}#${a}`);
  }
  return { missing, added };
}
