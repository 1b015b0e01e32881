import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.mjs';

/**
 * Page-weight budgets: the gzipped bytes each page type ships on first load (HTML, JS and
 * CSS the HTML references), against the committed budgets in budgets.json. Deterministic:
 * computed from the built files, not timed.
 */
const BUILD = path.resolve(__dirname, '../../build');
const budgets: { pages: Record<string, { path: string; js: number; css: number; html: number }> } = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../budgets.json'), 'utf8'),
);

describe.each(['', '/zh-Hans'])('page weight within budget (locale prefix "%s")', (prefix) => {
  it.each(Object.entries(budgets.pages))('%s', (_type, b) => {
    const w = pageWeight(BUILD, prefix + b.path);
    expect.soft(w.js, `JS of ${prefix}${b.path}`).toBeLessThanOrEqual(b.js);
    expect.soft(w.css, `CSS of ${prefix}${b.path}`).toBeLessThanOrEqual(b.css);
    expect.soft(w.html, `HTML of ${prefix}${b.path}`).toBeLessThanOrEqual(b.html);
  });
});

describe('heavy code loads only where it is used', () => {
  const jsOf = (p: string) => pageWeight(BUILD, p).files.filter((f) => f.endsWith('.js'));
  const contents = (files: string[]) => files.map((f) => fs.readFileSync(path.join(BUILD, f), 'utf8')).join('\n');
  it('no page references the search index in its HTML', () => {
    for (const p of ['/', '/limits/degenerative-ai', '/claims', '/search']) {
      const html = fs.readFileSync(path.join(BUILD, p, 'index.html'), 'utf8');
      expect(html).not.toMatch(/search-index[^"]*\.json/);
    }
  });
  it('mermaid is not in the first-load JavaScript of any page', () => {
    for (const p of ['/', '/limits/degenerative-ai', '/claims/cs-dai-defined']) {
      expect(contents(jsOf(p))).not.toMatch(/flowchart-elk|mermaidAPI|sequenceDiagram/);
    }
  });
  it('no KaTeX JavaScript is shipped: formulas arrive as HTML', () => {
    expect(contents(jsOf('/strategies/post-scaling-playbook'))).not.toMatch(/ParseError: KaTeX|katex\.render/);
  });
});
