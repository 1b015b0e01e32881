import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { baseUrl, sharedBrowser, visit } from './browser';

const browser = sharedBrowser();

/** One page of every type; each is checked in both locales. */
const PAGES = [
  '/',
  '/limits/',
  '/limits/degenerative-ai',
  '/limits/fundamental-limits',
  '/camps/',
  '/camps/scaling-not-dead',
  '/camps/performance-plateau',
  '/strategies/',
  '/strategies/post-scaling-playbook',
  '/sources',
  '/claims',
  '/claims/cs-dai-defined',
  '/claims/graph',
  '/search',
];
const CJK = /[\u4e00-\u9fff]/g;

describe.each(['', '/zh-Hans'])('pages in the %s locale', (prefix) => {
  it.each(PAGES)('%s loads with no console error and no request off the site', async (path) => {
    const v = await visit(browser(), prefix + path);
    const res = await v.page.request.get(baseUrl() + prefix + path);
    expect(res.status()).toBe(200);
    expect(await v.page.locator('h1').first().textContent()).toBeTruthy();
    expect(v.errors).toEqual([]);
    expect(v.foreign).toEqual([]);
    const lang = await v.page.getAttribute('html', 'lang');
    expect(lang).toBe(prefix ? 'zh-Hans' : 'en');
    if (prefix && path !== '/search') {
      // A Chinese page is written in Chinese: no silent fallback to the English text.
      const text = (await v.page.locator('main').innerText()).replace(/\s+/g, '');
      const cjkShare = (text.match(CJK) ?? []).length / text.length;
      expect(cjkShare, `share of Chinese characters on ${prefix}${path}`).toBeGreaterThan(path === '/sources' ? 0.12 : 0.25);
      const en = await v.page.request.get(baseUrl() + path);
      const enText = load(await en.text())('main').text().replace(/\s+/g, '');
      expect(text.slice(0, 400)).not.toBe(enText.slice(0, 400));
    }
    await v.context.close();
  });
});

describe('links that land', () => {
  it('a claim anchor scrolls the claim into view below the navbar, and marks it', async () => {
    const v = await visit(browser(), '/limits/degenerative-ai#cs-dai-defined');
    await v.page.waitForTimeout(300);
    const box = await v.page.locator('#cs-dai-defined').boundingBox();
    const nav = await v.page.locator('.navbar').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(nav!.height - 1);
    expect(box!.y).toBeLessThan(900 / 2);
    const matchesTarget = await v.page.locator('#cs-dai-defined').evaluate((el) => el.matches(':target'));
    expect(matchesTarget).toBe(true);
    await v.context.close();
  });

  it('the locale switch keeps the path and the #hash', async () => {
    const v = await visit(browser(), '/limits/degenerative-ai#cs-dai-defined');
    await v.page.locator('.navbar .dropdown > .navbar__link').first().hover();
    await v.page.locator('.navbar .dropdown__menu a[lang="zh-Hans"]').first().click();
    await v.page.waitForURL(/\/zh-Hans\//);
    expect(new URL(v.page.url()).pathname).toBe('/zh-Hans/limits/degenerative-ai');
    expect(new URL(v.page.url()).hash).toBe('#cs-dai-defined');
    await v.page.waitForTimeout(300);
    const box = await v.page.locator('#cs-dai-defined').boundingBox();
    expect(box!.y).toBeLessThan(900);
    await v.context.close();
  });

  it('every article offers a citation of itself with its permanent URL, in both locales', async () => {
    for (const prefix of ['', '/zh-Hans']) {
      const v = await visit(browser(), `${prefix}/limits/degenerative-ai`);
      const cite = v.page.locator('article details', { has: v.page.locator('summary[aria-label$="limits-degenerative-ai"]') });
      await cite.locator('summary').click();
      const [plain, bibtex] = await cite.locator('pre').allInnerTexts();
      expect(plain).toContain(await v.page.locator('h1').first().innerText());
      expect(plain).toMatch(new RegExp(`https?://[^ ]+${prefix}/limits/degenerative-ai$`));
      expect(bibtex).toMatch(/^@misc\{scalingwall-limits-degenerative-ai,/);
      await v.context.close();
    }
  });

  it('the copy-link button of a claim copies the full URL with its anchor', async () => {
    const v = await visit(browser(), '/limits/degenerative-ai');
    await v.page.locator('#cs-dai-defined button[aria-label^="Copy link"]').first().click();
    const copied = await v.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseUrl()}/limits/degenerative-ai#cs-dai-defined`);
    await v.context.close();
  });
});

describe('claims', () => {
  it('a claim reference shows the claim on hover and on keyboard focus', async () => {
    const v = await visit(browser(), '/');
    const ref = v.page.locator('a[data-claim-ref]').first();
    const tipId = await ref.getAttribute('aria-describedby');
    const tip = v.page.locator(`[id="${tipId}"]`);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await ref.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect((await tip.innerText()).length).toBeGreaterThan(20);
    await v.page.mouse.move(0, 0);
    await v.page.keyboard.press('Escape');
    await ref.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await v.context.close();
  });

  it('claims and formulas off screen skip rendering, yet a preview that sticks out of its claim is not clipped', async () => {
    const v = await visit(browser(), '/limits/degenerative-ai#cs-dai-defined');
    const cv = await v.page.evaluate(() => [...document.querySelectorAll('article[data-claim-id], figure[data-formula-id]')].map((e) => getComputedStyle(e).contentVisibility));
    expect(cv.length).toBeGreaterThan(20);
    expect(new Set(cv)).toEqual(new Set(['auto']));
    // The last related claim's preview opens below the claim's box.
    const link = v.page.locator('#cs-dai-defined [data-relation=related] a').last();
    await link.hover();
    const tip = v.page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    const probe = await v.page.evaluate((tipId) => {
      const t = document.getElementById(tipId)!.getBoundingClientRect();
      const claim = document.getElementById('cs-dai-defined')!.getBoundingClientRect();
      const x = t.left + t.width / 2;
      const y = t.bottom - 4;
      return { outside: y > claim.bottom, hit: document.getElementById(tipId)!.contains(document.elementFromPoint(x, y)) };
    }, (await link.getAttribute('aria-describedby'))!);
    expect(probe).toEqual({ outside: true, hit: true });
    await v.context.close();
  });

  it('the explorer filters as one types and keeps the filter in the URL', async () => {
    const v = await visit(browser(), '/claims');
    const count = async () => v.page.locator('ol li[data-theme-group]').count();
    const all = await count();
    expect(all).toBeGreaterThan(50);
    await v.page.getByRole('searchbox').first().fill('Chinchilla');
    await expect.poll(count).toBeLessThan(all);
    expect(await count()).toBeGreaterThan(0);
    expect(new URL(v.page.url()).searchParams.get('q')).toBe('Chinchilla');
    await v.context.close();
    const zh = await visit(browser(), '/zh-Hans/claims?q=%E5%90%88%E6%88%90%E6%95%B0%E6%8D%AE');
    await expect.poll(() => zh.page.locator('ol li[data-theme-group]').count()).toBeGreaterThan(0);
    expect(await zh.page.locator('ol li[data-theme-group]').count()).toBeLessThan(all);
    await zh.context.close();
  });

  it('a claim page opened from the explorer (client-side navigation) fetches and shows its claim, in both locales', async () => {
    for (const prefix of ['', '/zh-Hans']) {
      const v = await visit(browser(), `${prefix}/claims`);
      const fetched: string[] = [];
      v.page.on('request', (r) => {
        if (r.url().endsWith('.json')) fetched.push(new URL(r.url()).pathname);
      });
      await v.page.locator('a[href$="/claims/cs-dai-defined"]').first().click();
      await v.page.waitForURL(`**${prefix}/claims/cs-dai-defined`);
      await expect.poll(() => v.page.locator('h1 #claim-statement').count()).toBe(1);
      expect(fetched).toContain(`${prefix}/claims/cs-dai-defined.json`);
      expect(await v.page.title()).toMatch(/Coveney/);
      // Then to another claim on the same route, through its neighbourhood.
      const next = v.page.locator('main a[href*="/claims/"]:not([href$="/claims"]):not([href$="cs-dai-defined"])').first();
      const href = (await next.getAttribute('href')) ?? '';
      await next.click();
      await v.page.waitForURL(`**${href}`);
      await expect.poll(() => v.page.locator(`script#sw-claim-data[data-id="${href.split('/').pop()}"]`).count()).toBe(1);
      expect(v.errors).toEqual([]);
      await v.context.close();
    }
  });

  it('no claim has a route of its own in the client bundle, so pages do not grow with the claims', async () => {
    const v = await visit(browser(), '/claims/cs-dai-defined');
    // The pre-rendered data is read for hydration: no fetch, and no React hydration error.
    expect(v.errors).toEqual([]);
    const scripts = await v.page.evaluate(() => [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src));
    const main = scripts.find((s) => /\/main\.[0-9a-f]+\.js$/.test(s));
    expect(main, 'main bundle').toBeTruthy();
    const code = await (await fetch(main!)).text();
    expect(code).toContain('/claims/:id');
    expect(code).not.toContain('/claims/cs-dai-defined');
    await v.context.close();
  });

  it('a claim page has its own title, description and card image for link previews', async () => {
    for (const prefix of ['', '/zh-Hans']) {
      const $ = load(await (await fetch(`${baseUrl()}${prefix}/claims/cs-dai-defined`)).text());
      expect($('title').text()).toMatch(/Coveney/);
      expect($('meta[property="og:title"]').attr('content')).toMatch(/Coveney/);
      expect(($('meta[name="description"]').attr('content') ?? '').length).toBeGreaterThan(40);
      const image = $('meta[property="og:image"]').attr('content') ?? '';
      expect(image).toMatch(/\/img\/cards\/claims-cs-dai-defined\.png$/);
      const png = await fetch(`${baseUrl()}${new URL(image).pathname}`);
      expect(png.status).toBe(200);
      expect(png.headers.get('content-type')).toMatch(/png/);
    }
  });
});

describe('formulas, tables and plots', () => {
  it('formulas are rendered at build time and no KaTeX code reaches the browser', async () => {
    const v = await visit(browser(), '/strategies/post-scaling-playbook');
    const requested: string[] = [];
    v.page.on('request', (r) => requested.push(r.url()));
    await v.page.reload({ waitUntil: 'networkidle' });
    expect(await v.page.locator('figure[data-formula-id] .katex').count()).toBeGreaterThan(3);
    const scripts = await v.page.evaluate(() => [...document.scripts].map((s) => s.src).join(' '));
    expect(scripts).not.toMatch(/katex/i);
    expect(requested.filter((u) => /katex[^/]*\.js/.test(u))).toEqual([]);
    await v.context.close();
  });

  it('plots are SVG in the static HTML, and the slider updates the readout', async () => {
    const $ = load(await (await fetch(`${baseUrl()}/strategies/post-scaling-playbook`)).text());
    expect($('figure#plot-chinchilla svg[role="img"] path').length).toBeGreaterThan(1);
    expect($('figure#plot-chinchilla svg title').first().text().length).toBeGreaterThan(10);
    const v = await visit(browser(), '/strategies/post-scaling-playbook');
    const fig = v.page.locator('#plot-chinchilla');
    const before = await fig.locator('p').first().innerText();
    await fig.locator('input[type="range"]').fill('25');
    await expect.poll(() => fig.locator('p').first().innerText()).not.toBe(before);
    await v.context.close();
  });

  it('a wide diagram on a phone scrolls, keyboard included, instead of shrinking its text away', async () => {
    const v = await visit(browser(), '/strategies/post-scaling-playbook', { phone: true });
    await v.page.locator('#post-scaling-routes').scrollIntoViewIfNeeded();
    const svg = v.page.locator('#post-scaling-routes svg[id^="mermaid"]');
    await expect.poll(() => svg.count(), { timeout: 15_000 }).toBe(1);
    const scale = await svg.evaluate((el) => el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width);
    expect(scale).toBeGreaterThanOrEqual(0.64);
    const canvas = v.page.locator('#post-scaling-routes > div').first();
    expect(await canvas.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await canvas.getAttribute('tabindex')).toBe('0');
    // An edge shadow says there is more to the side (covered again at each end).
    expect((await canvas.evaluate((el) => getComputedStyle(el).backgroundImage.match(/radial-gradient/g) ?? [])).length).toBe(2);
    await v.context.close();
    // A diagram that fits has neither the scroll stop nor the shadows.
    const other = await visit(browser(), '/camps/scaling-not-dead', { phone: true });
    const fits = other.page.locator('#experimentation-loop > div').first();
    await fits.scrollIntoViewIfNeeded();
    await expect.poll(() => fits.locator('svg[id^="mermaid"]').count(), { timeout: 15_000 }).toBe(1);
    expect(await fits.evaluate((el) => [el.hasAttribute('tabindex'), getComputedStyle(el).backgroundImage])).toEqual([false, 'none']);
    await other.context.close();
  });

  it('the camp table is a sortable table on a desktop and cards on a phone', async () => {
    const v = await visit(browser(), '/camps/');
    const table = v.page.getByRole('table').first();
    expect(await table.getByRole('row').count()).toBeGreaterThan(10);
    const header = table.getByRole('columnheader').first();
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await v.context.close();
    const phone = await visit(browser(), '/camps/', { phone: true });
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(await phone.page.getByRole('table').first().getByRole('row').count()).toBeGreaterThan(10);
    await phone.context.close();
  });
});
