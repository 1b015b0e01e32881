import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, visit } from './browser';

const browser = sharedBrowser();

/** Presses Tab until focus wraps or `max` presses, and describes each element reached. */
async function tabThrough(page: Page, max = 700): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const d = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'body';
      const attrs = ['aria-label', 'type', 'data-claim-ref', 'class'].map((a) => `${a}=${el.getAttribute(a) ?? ''}`).join(' ');
      return `${el.tagName.toLowerCase()} ${attrs} text=${(el.textContent ?? '').trim().slice(0, 40)}`;
    });
    seen.push(d);
  }
  return seen;
}

describe('keyboard-only navigation', () => {
  it('reaches copy links, claim previews, formula buttons, plot sliders and the search box', async () => {
    const v = await visit(browser(), '/strategies/post-scaling-playbook');
    const seen = await tabThrough(v.page);
    const has = (re: RegExp) => seen.some((s) => re.test(s));
    expect(has(/^input .*class=navbar__search-input/)).toBe(true);
    expect(has(/^button aria-label=Copy link to claim/)).toBe(true);
    expect(has(/^button aria-label=Copy link to formula/)).toBe(true);
    expect(has(/^button .*text=Copy LaTeX/)).toBe(true);
    expect(has(/^input .*type=range/)).toBe(true);
    expect(has(/^a .*data-claim-ref=[a-z]/)).toBe(true);
    expect(has(/^summary /)).toBe(true); // "Cite"
    await v.context.close();
  });

  it('a focused claim reference shows its preview; Escape hides it', async () => {
    const v = await visit(browser(), '/limits/degenerative-ai');
    const ref = v.page.locator('a[data-claim-ref]').first();
    await ref.focus();
    const tip = v.page.locator(`[id="${await ref.getAttribute('aria-describedby')}"]`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    await v.page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await v.context.close();
  });

  it('reaches and operates the camp table sort buttons', async () => {
    const v = await visit(browser(), '/camps/');
    const seen = await tabThrough(v.page, 250);
    expect(seen.some((s) => /^button .*class=sort/.test(s))).toBe(true);
    const sort = v.page.locator('table thead button').first();
    await sort.focus();
    await v.page.keyboard.press('Enter');
    expect(await v.page.locator('table thead th').first().getAttribute('aria-sort')).toBe('ascending');
    await v.context.close();
  });
});
