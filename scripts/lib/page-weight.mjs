// Bytes a page ships on first load: its HTML plus every script and stylesheet the browser
// fetches while loading it (route chunks and lazy chunks included), each read from the
// built files and gzipped at level 9, so the figure depends only on the build.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

/** The built file behind a URL path of the static site. */
export function builtFile(buildDir, urlPath) {
  const clean = decodeURIComponent(urlPath.replace(/[?#].*$/, ''));
  const candidates = [path.join(buildDir, clean), path.join(buildDir, clean, 'index.html'), path.join(buildDir, `${clean}.html`)];
  return candidates.find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

/**
 * Loads `urlPath` in a fresh browser context and sums what it fetched.
 * @param {import('playwright-core').Browser} browser
 * @returns {Promise<{ html: number, js: number, css: number, total: number, files: string[] }>}
 */
export async function measurePage(browser, baseUrl, buildDir, urlPath, { phone = false } = {}) {
  const context = await browser.newContext({ viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 } });
  const page = await context.newPage();
  const fetched = new Set();
  page.on('request', (r) => {
    const t = r.resourceType();
    if (t === 'script' || t === 'stylesheet') fetched.add(new URL(r.url()).pathname);
  });
  await page.goto(baseUrl + urlPath, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  await context.close();
  const htmlFile = builtFile(buildDir, urlPath);
  const html = htmlFile ? gz(fs.readFileSync(htmlFile)) : 0;
  let js = 0;
  let css = 0;
  const files = [...fetched].sort();
  for (const f of files) {
    const file = builtFile(buildDir, f);
    if (!file) continue;
    const b = gz(fs.readFileSync(file));
    if (f.endsWith('.css')) css += b;
    else js += b;
  }
  return { html, js, css, total: html + js + css, files };
}
