import { describe, expect, it } from 'vitest';
import { sharedBrowser, visit } from './browser';

const browser = sharedBrowser();

/** Real queries readers type, in both languages, and a page each must find. */
// A hit is either the page itself (a section of it) or one of its claims (their ids carry the page's prefix).
const PAGES = {
  playbook: String.raw`strategies/post-scaling-playbook|claims/ps-`,
  notDead: String.raw`camps/scaling-not-dead|claims/nw-`,
  limits: String.raw`limits/fundamental-limits|claims/fl-`,
  dai: String.raw`limits/degenerative-ai|claims/cs-`,
  plateau: String.raw`camps/performance-plateau|claims/pp-`,
};
const hit = (prefix: string, ...pages: string[]) => new RegExp(`${prefix}/(${pages.join('|')})`);

const QUERIES: readonly [locale: string, query: string, expected: RegExp][] = [
  ['', 'Chinchilla', hit('', PAGES.playbook)],
  ['', 'test-time compute', hit('', PAGES.notDead)],
  ['', 'hallucination', hit('', PAGES.limits)],
  ['', 'synthetic data', hit('', PAGES.dai, PAGES.playbook)],
  ['', 'world models', hit('', PAGES.notDead, PAGES.dai)],
  ['', 'degenerative', hit('', PAGES.dai)],
  ['', 'Lightcap', hit('', PAGES.plateau)],
  ['/zh-Hans', '幻觉', hit('/zh-Hans', PAGES.limits, PAGES.dai)],
  ['/zh-Hans', '合成数据', hit('/zh-Hans', PAGES.dai, PAGES.playbook)],
  ['/zh-Hans', '世界模型', hit('/zh-Hans', PAGES.notDead, PAGES.dai)],
  ['/zh-Hans', 'Chinchilla', hit('/zh-Hans', PAGES.playbook)],
  ['/zh-Hans', '扩展定律', /\/zh-Hans\//],
  // Two characters find longer phrases that contain them (jieba segmentation).
  ['/zh-Hans', '平台', hit('/zh-Hans', PAGES.plateau)],
];

describe('local search', () => {
  it.each(QUERIES)('%s: "%s" finds the right page', async (prefix, query, expected) => {
    const v = await visit(browser(), `${prefix}/search?q=${encodeURIComponent(query)}`);
    const links = v.page.locator('[role="main"] article a[href], main article a[href]');
    await expect.poll(async () => (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).join(' '), { timeout: 15_000 }).toMatch(expected);
    expect(v.errors).toEqual([]);
    expect(v.foreign).toEqual([]);
    await v.context.close();
  });

  it('the navbar search answers as one types, and a result lands on its claim or section with the match highlighted', async () => {
    const v = await visit(browser(), '/zh-Hans/limits/degenerative-ai');
    const input = v.page.locator('.navbar__search-input').first();
    await input.click();
    await v.page.keyboard.type('幻觉', { delay: 30 });
    const options = v.page.locator('[role="listbox"] [role="option"]');
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await options.first().locator('mark').first().textContent()).toBe('幻觉');
    await v.page.keyboard.press('Enter');
    await v.page.waitForURL((u) => !u.pathname.endsWith('/limits/degenerative-ai'), { timeout: 15_000 });
    const url = new URL(v.page.url());
    expect(url.pathname).toMatch(/^\/zh-Hans\//);
    if (url.hash) expect(await v.page.locator(decodeURIComponent(url.hash)).count()).toBe(1);
    await expect.poll(() => v.page.locator('mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await v.context.close();
  });

  it('what is typed while the search bar code is still arriving is kept and searched', async () => {
    for (let i = 0; i < 3; i++) {
      const v = await visit(browser(), '/limits/degenerative-ai');
      await v.page.locator('.navbar__search-input').first().click();
      // Typed at once, in whichever box is there: the look-alike or the real bar just mounted.
      await v.page.evaluate(() => {
        const el = document.querySelector<HTMLInputElement>('.navbar .navbar__search-input')!;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, 'Chinchilla');
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await expect.poll(() => v.page.locator('[role="listbox"] [role="option"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await v.page.locator('.navbar .navbar__search-input').first().inputValue()).toBe('Chinchilla');
      await v.context.close();
    }
  });

  it('the keyboard shortcut opens the search box', async () => {
    const v = await visit(browser(), '/limits/degenerative-ai');
    await v.page.keyboard.press('Control+k');
    await expect.poll(() => v.page.evaluate(() => document.activeElement?.classList.contains('navbar__search-input'))).toBe(true);
    await v.context.close();
  });
});
