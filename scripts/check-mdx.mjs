#!/usr/bin/env node
// Compiles every MDX page of both locales with the same markdown extensions as the site
// and prints file:line:col for each syntax error: a fast check while writing, before a build.
import fs from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';

const roots = ['docs', 'i18n/zh-Hans/docusaurus-plugin-content-docs/current'];
const files = roots.flatMap((r) => (fs.existsSync(r) ? fs.readdirSync(r, { recursive: true }) : [])
  .map((f) => path.join(r, String(f))).filter((f) => f.endsWith('.mdx')));

// Docusaurus accepts `{#id}` after a heading (mdx1Compat.headingIds); MDX alone does not.
const escapeHeadingIds = (src) => src.replace(/^(#{1,6} .*?) \{#([\w-]+)\}\s*$/gm, '$1 \\{#$2\\}');
const stripFrontMatter = (src) => src.replace(/^---\n[\s\S]*?\n---\n/, (m) => m.replace(/[^\n]/g, ''));

let failed = 0;
for (const file of files) {
  const src = escapeHeadingIds(stripFrontMatter(fs.readFileSync(file, 'utf8')));
  try {
    await compile(src, { remarkPlugins: [remarkGfm, remarkMath] });
  } catch (err) {
    failed++;
    const place = err.place?.start ?? err.place ?? {};
    console.error(`${file}:${place.line ?? '?'}:${place.column ?? '?'}: ${err.reason ?? err.message}`);
  }
}
console.log(`${files.length} MDX files checked, ${failed} with errors`);
process.exit(failed ? 1 : 0);
