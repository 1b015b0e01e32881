import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { launch } from '../../scripts/lib/chromium.mjs';
import { serveStatic } from '../../scripts/lib/serve.mjs';

/**
 * Hostile and broken input: each case copies the small fixture site, breaks one thing,
 * runs a real production build, and asserts that the build fails with a message naming
 * the file and line, and that no page was written.
 */
const ROOT = path.resolve(__dirname, '../..');
const TEMPLATE = path.join(__dirname, '__fixtures__', 'site');
const WORK = path.join(__dirname, '.tmp');
const EN_PAGE = 'docs/limits/page.mdx';
const ZH_PAGE = 'i18n/zh-Hans/docusaurus-plugin-content-docs/current/limits/page.mdx';

function makeSite(name: string, edits: Record<string, ((src: string) => string) | null>): string {
  const dir = path.join(WORK, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(TEMPLATE, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const p = path.join(dir, file);
    if (edit === null) fs.rmSync(p);
    else fs.writeFileSync(p, edit(fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : ''));
  }
  return dir;
}

/**
 * A real production build of one fixture copy. Asynchronous on purpose: a synchronous spawn
 * blocks the test worker's event loop for the whole run of builds, and vitest's worker then
 * times out reporting progress ("Timeout calling onTaskUpdate").
 */
function build(dir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', dir, '--locale', 'en'], {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 240_000,
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const nothingPublished = (dir: string) => !fs.existsSync(path.join(dir, 'build', 'index.html')) && !fs.existsSync(path.join(dir, 'build', 'limits', 'page', 'index.html'));

afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

describe('a production build of the fixture site', () => {
  it('succeeds when nothing is broken (the control case)', async () => {
    const dir = makeSite('valid', {});
    const { code, output } = await build(dir);
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(code).toBe(0);
    const $ = load(fs.readFileSync(path.join(dir, 'build/limits/page/index.html'), 'utf8'));
    expect($('article#fx-one').length).toBe(1);
    expect($('figure#fx-law .katex-display').length).toBe(1);
    expect($('p .katex').length).toBeGreaterThan(0);
    // Code blocks are highlighted in the static HTML, while Prism stays out of the main
    // bundle (it arrives with the first code block; site-theme/theme/CodeBlock).
    expect($('pre.prism-code .token.keyword').first().text()).toBe('const');
    const js = path.join(dir, 'build/assets/js');
    const main = fs.readdirSync(js).find((f) => /^main\.[0-9a-f]+\.js$/.test(f))!;
    expect(fs.readFileSync(path.join(js, main), 'utf8')).not.toContain('languages.DFS');
    const prismChunk = fs.readdirSync(js).find((f) => f !== main && fs.readFileSync(path.join(js, f), 'utf8').includes('languages.DFS'));
    expect(prismChunk).toBeDefined();
    // In the browser the server's highlighted block survives hydration, the chunk arrives,
    // and the block is React's again, with no hydration error.
    const server = await serveStatic(path.join(dir, 'build'));
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      const chunk = page.waitForRequest((r) => r.url().endsWith(`/assets/js/${prismChunk}`));
      await page.goto(`${server.url}/limits/page`);
      await chunk;
      await page.waitForLoadState('networkidle');
      expect(await page.locator('[data-code-block] pre.prism-code .token.keyword').first().textContent()).toBe('const');
      expect(await page.locator('[data-code-block] button').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 300_000);

  const both = (edit: (s: string) => string) => ({ [EN_PAGE]: edit, [ZH_PAGE]: edit });
  const cases: [string, Record<string, ((s: string) => string) | null>, RegExp][] = [
    ['a link to a missing page', both((s) => s.replace('See [[fx-one]].', 'See [[fx-one]] and [nothing](/limits/nowhere).')), /docs\/limits\/page\.mdx:7:\d+: link to \/limits\/nowhere: no page of the site has the path/],
    ['a link to a missing anchor', { 'docs/index.mdx': (s) => s.replace('#the-section', '#no-such-section') }, /docs\/index\.mdx:7:\d+: link to \/limits\/page#no-such-section: limits\/page\.mdx has no heading, claim, formula or other anchor "no-such-section"/],
    ['a broken markdown file link', both((s) => s.replace('See [[fx-one]].', 'See [[fx-one]] and [a file](./missing.mdx).')), /missing\.mdx[\s\S]*docs\/limits\/page\.mdx|docs\/limits\/page\.mdx[\s\S]*missing\.mdx/],
    ['a duplicate route', { 'docs/limits/other.mdx': () => '---\ntitle: Other\ndescription: A second page that claims the same path as the first one does.\nslug: /limits/page\n---\n\nText.\n', 'i18n/zh-Hans/docusaurus-plugin-content-docs/current/limits/other.mdx': () => '---\ntitle: 另一页\ndescription: 第二个页面，占用了和第一个页面相同的路径，用来测试重复路由。\nslug: /limits/page\n---\n\n正文。\n' }, /docs\/limits\/other\.mdx:4:1: duplicate route \/limits\/page/],
    ['dollar amounts read as math', both((s) => s.replace('See [[fx-one]].', 'It cost $75 per million tokens and $150 per million. See [[fx-one]].')), /docs\/limits\/page\.mdx:7:\d+: "\$75 per million tokens and \$" is read as math[\s\S]*Write \\\$ for a dollar sign/],
    ['a bad inline formula', both((s) => s.replace('$\\alpha \\approx 0.05$', '$\\frac{1}{$')), /docs\/limits\/page\.mdx:7:\d+: this formula does not compile/],
    ['a bad Formula element', both((s) => s.replace('tex="L(N) = \\left(\\frac{N_c}{N}\\right)^{\\alpha_N}"', 'tex="\\frac{N_c"')), /docs\/limits\/page\.mdx:15:1: <Formula id="fx-law"> does not compile/],
    ['front matter of the wrong type', { [EN_PAGE]: (s) => s.replace('sidebar_position: 1', 'sidebar_position: first') }, /docs\/limits\/page\.mdx:4: front matter "sidebar_position": Invalid input: expected number/],
    ['an unknown front matter key', { [EN_PAGE]: (s) => s.replace('sidebar_position: 1', 'sidebar_positon: 1') }, /docs\/limits\/page\.mdx:4: front matter "sidebar_positon": Unrecognized key/],
    ['an unknown claim reference', both((s) => s.replace('[[fx-one]]', '[[fx-none]]')), /docs\/limits\/page\.mdx:7:\d+: \[\[fx-none\]\] refers to no claim/],
    ['a missing translation', { [ZH_PAGE]: null }, /docs\/limits\/page\.mdx:1:1: page has no zh-Hans translation/],
    ['a duplicate claim id', both((s) => s.replace('<Formula', '<Claim id="fx-one" by="coveney-succi" source="coveney-succi-2025">\nAgain.\n</Claim>\n\n<Formula')), /docs\/limits\/page\.mdx:15:1: duplicate claim id "fx-one": already used at/],
    ['a claim id with spaces', both((s) => s.replace(/fx-one/g, 'fx one')), /docs\/limits\/page\.mdx:11:1: claim id "fx one" is malformed/],
    ['a claim id in Chinese', both((s) => s.replace(/fx-one/g, '小指数')), /claim id "小指数" is malformed/],
    ['a broken mermaid diagram', both((s) => s.replace('B["Cost"]', 'B["Cost"')), /docs\/limits\/page\.mdx:21:\d+: this mermaid diagram does not parse: .*Expecting/],
    ['malformed MDX', { [EN_PAGE]: (s) => s.replace('Scaling exponents are small.', 'Scaling exponents are <small.') }, /docs\/limits\/page\.mdx:12:\d+: MDX syntax error/],
  ];

  it.each(cases)('fails on %s, naming the file and line, and publishes nothing', async (name, edits, expected) => {
    const dir = makeSite(name.replace(/\W+/g, '-'), edits);
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(expected);
    expect(nothingPublished(dir)).toBe(true);
  }, 300_000);
});
