import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measurePage } from '../../scripts/lib/page-weight.mjs';
import { baseUrl, sharedBrowser } from './browser';

/**
 * Page-weight budgets: the gzipped bytes each page type ships on first load (HTML, and the
 * JS and CSS the browser fetches), against budgets.json. Deterministic: the set of files
 * comes from the build, their sizes are measured from the files, not from timings.
 */
const BUILD = path.resolve(__dirname, '../../build');
const budgets: { pages: Record<string, { path: string; js: number; css: number; html: number }> } = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../budgets.json'), 'utf8'),
);

const browser = sharedBrowser();

describe.each(['', '/zh-Hans'])('page weight within budget (locale prefix "%s")', (prefix) => {
  it.each(Object.entries(budgets.pages))('%s', async (_type, b) => {
    const w = await measurePage(browser(), baseUrl(), BUILD, prefix + b.path);
    expect.soft(w.js, `JS of ${prefix}${b.path}`).toBeLessThanOrEqual(b.js);
    expect.soft(w.css, `CSS of ${prefix}${b.path}`).toBeLessThanOrEqual(b.css);
    expect.soft(w.html, `HTML of ${prefix}${b.path}`).toBeLessThanOrEqual(b.html);
  });
});

describe('heavy code loads only where it is used', () => {
  const loaded = async (p: string) => (await measurePage(browser(), baseUrl(), BUILD, p)).files;
  const text = (files: string[]) => files.map((f) => fs.readFileSync(path.join(BUILD, f), 'utf8')).join('\n');
  it('the search index is not fetched until a search starts', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`${baseUrl()}/limits/degenerative-ai`, { waitUntil: 'networkidle' });
    expect(urls.filter((u) => /search-index/.test(u))).toEqual([]);
    await page.locator('.navbar .navbar__search-input').first().focus();
    await page.keyboard.type('scaling');
    await expect.poll(() => urls.filter((u) => /search-index/.test(u)).length).toBeGreaterThan(0);
    await context.close();
  });
  it('the search bar code loads on the first sign of a search, not with the page', async () => {
    const marker = /theme\.SearchBar\.seeAll/;
    expect(text(await loaded('/claims/cs-dai-defined'))).not.toMatch(marker);
    const context = await browser().newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${baseUrl()}/claims/cs-dai-defined`, { waitUntil: 'networkidle' });
    await page.locator('.navbar .navbar__search-input').first().hover();
    await expect.poll(() => text(scripts)).toMatch(marker);
    await context.close();
  });
  it('mermaid loads only when the reader nears a diagram, and then draws it', async () => {
    expect(text(await loaded('/claims/cs-dai-defined'))).not.toMatch(/mermaidAPI|flowchart-v2/);
    expect(text(await loaded('/limits/degenerative-ai'))).not.toMatch(/mermaidAPI|flowchart-v2/);
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/limits/degenerative-ai`, { waitUntil: 'networkidle' });
    expect(await page.locator('#dai-chain svg[id^="mermaid"]').count()).toBe(0);
    await page.locator('#dai-chain').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#dai-chain svg[id^="mermaid"]').count(), { timeout: 15_000 }).toBe(1);
    await context.close();
  });
  it('no KaTeX JavaScript is shipped: formulas arrive as HTML', async () => {
    expect(text(await loaded('/strategies/post-scaling-playbook'))).not.toMatch(/KaTeX parse error|katex\.render\(/);
  });
});
