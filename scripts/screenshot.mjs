#!/usr/bin/env node
// Screenshots pages of a built site: node scripts/screenshot.mjs [--dir build] [--out shots] path[@phone][@dark] ...
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from './lib/serve.mjs';
import { launch } from './lib/chromium.mjs';

const args = process.argv.slice(2);
let dir = 'build';
let out = 'test-results/shots';
const targets = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--dir') dir = args[++i];
  else if (args[i] === '--out') out = args[++i];
  else targets.push(args[i]);
}
fs.mkdirSync(out, { recursive: true });
const server = await serveStatic(dir);
const browser = await launch();
for (const t of targets.length ? targets : ['/']) {
  const [p, ...flags] = t.split('@');
  const phone = flags.includes('phone');
  const dark = flags.includes('dark');
  const full = flags.includes('full');
  const ctx = await browser.newContext({ viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 }, deviceScaleFactor: 1, colorScheme: dark ? 'dark' : 'light' });
  const page = await ctx.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log(`console error on ${p}: ${m.text()}`));
  await page.goto(server.url + p, { waitUntil: 'networkidle' });
  await page.waitForTimeout(400);
  const file = path.join(out, `${p.replace(/[^a-z0-9]+/gi, '_') || 'root'}${phone ? '-phone' : ''}${dark ? '-dark' : ''}.png`);
  await page.screenshot({ path: file, fullPage: full });
  console.log(file);
  await ctx.close();
}
await browser.close();
await server.close();
