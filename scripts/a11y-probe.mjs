#!/usr/bin/env node
/* global document, window -- used inside page.evaluate, which runs in the browser */
// Quick accessibility probe: axe-core on the given paths (both themes, desktop and phone),
// one line per violation. The full check is tests/browser/accessibility.test.ts.
import fs from 'node:fs';
import { serveStatic } from './lib/serve.mjs';
import { launch } from './lib/chromium.mjs';

const axe = fs.readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const server = await serveStatic('build');
const browser = await launch();
let n = 0;
for (const p of process.argv.slice(2)) {
  for (const mode of [{ phone: false, dark: false }, { phone: true, dark: true }]) {
    const ctx = await browser.newContext({ viewport: mode.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 }, colorScheme: mode.dark ? 'dark' : 'light' });
    const page = await ctx.newPage();
    await page.goto(server.url + p, { waitUntil: 'networkidle' });
    await page.addScriptTag({ content: axe });
    const v = await page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })).violations.map((x) => `${x.id}: ${x.nodes.slice(0, 3).map((nd) => nd.target.join(' ')).join(' | ')}`));
    for (const line of v) console.log(`${p} ${mode.phone ? 'phone' : 'desktop'} ${mode.dark ? 'dark' : 'light'}: ${line}`);
    n += v.length;
    await ctx.close();
  }
}
await browser.close();
await server.close();
console.log(`${n} violation(s)`);
process.exit(n ? 1 : 0);
