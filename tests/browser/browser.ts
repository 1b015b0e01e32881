import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launch } from '../../scripts/lib/chromium.mjs';

export const baseUrl = (): string => inject('baseUrl');

export async function openBrowser(): Promise<Browser> {
  return (await launch()) as Browser;
}

/** Opens one Chromium for the test file and closes it after; call at the top of a file. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is opened in beforeAll: use it inside a test');
    return browser;
  };
}

export interface Visit {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  readonly errors: string[];
  /** Requests to any origin other than the site's. */
  readonly foreign: string[];
}

/** A fresh context that records console errors and every request that leaves the site's origin. */
export async function visit(browser: Browser, path: string, opts: { phone?: boolean; dark?: boolean } = {}): Promise<Visit> {
  const context = await browser.newContext({
    viewport: opts.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    colorScheme: opts.dark ? 'dark' : 'light',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(baseUrl()).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r: Request) => {
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) foreign.push(u);
  });
  await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
  return { page, context, errors, foreign };
}
