import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { openBrowser, visit } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Real queries readers type, in both languages, and a page each must find. */
const QUERIES: readonly [locale: string, query: string, expected: RegExp][] = [
  ['', 'Chinchilla', /\/strategies\/post-scaling-playbook/],
  ['', 'test-time compute', /\/camps\/scaling-not-dead/],
  ['', 'hallucination', /\/limits\/fundamental-limits/],
  ['', 'synthetic data', /\/limits\/degenerative-ai|\/strategies\/post-scaling-playbook/],
  ['', 'world models', /\/camps\/scaling-not-dead|\/limits\/degenerative-ai/],
  ['', 'degenerative', /\/claims\/cs-|\/limits\/degenerative-ai/],
  ['/zh-Hans', '幻觉', /\/zh-Hans\/limits\/fundamental-limits/],
  ['/zh-Hans', '合成数据', /\/zh-Hans\/(limits\/degenerative-ai|strategies\/post-scaling-playbook)/],
  ['/zh-Hans', '世界模型', /\/zh-Hans\/(camps\/scaling-not-dead|limits\/degenerative-ai)/],
  ['/zh-Hans', 'Chinchilla', /\/zh-Hans\/strategies\/post-scaling-playbook/],
  ['/zh-Hans', '扩展定律', /\/zh-Hans\//],
  // Two characters find longer phrases that contain them (jieba segmentation).
  ['/zh-Hans', '墙', /\/zh-Hans\//],
];

describe('local search', () => {
  it.each(QUERIES)('%s: "%s" finds the right page', async (prefix, query, expected) => {
    const v = await visit(browser, `${prefix}/search?q=${encodeURIComponent(query)}`);
    const links = v.page.locator('main article a[href], main a[href*="#"], main h2 ~ * a[href]');
    await expect.poll(async () => (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).join(' '), { timeout: 15_000 }).toMatch(expected);
    expect(v.errors).toEqual([]);
    expect(v.foreign).toEqual([]);
    await v.context.close();
  });

  it('the navbar search answers as one types, with results that land on an anchor', async () => {
    const v = await visit(browser, '/zh-Hans/limits/degenerative-ai');
    const input = v.page.locator('.navbar input[type="search"]').first();
    await input.click();
    await input.fill('幻觉');
    const suggestion = v.page.locator('[role="listbox"] a[href], .aa-dropdown-menu a[href], [class*="suggestion"] a[href]').first();
    await expect.poll(() => suggestion.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await suggestion.getAttribute('href')).toMatch(/^\/zh-Hans\/.+#[a-z0-9-]+/);
    await v.context.close();
  });

  it('the keyboard shortcut opens the search box', async () => {
    const v = await visit(browser, '/limits/degenerative-ai');
    await v.page.keyboard.press('Control+k');
    await expect.poll(() => v.page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await v.context.close();
  });
});
