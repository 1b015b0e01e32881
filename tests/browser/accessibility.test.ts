import { describe, expect, it } from 'vitest';
import { sharedBrowser, visit } from './browser';
import { axeViolations } from './axe';

const browser = sharedBrowser();

/** Every page type: overview, each theme page, a landing, the explorer, a claim page, the graph, sources, search, 404. */
const PAGE_TYPES = [
  '/',
  '/limits/',
  '/limits/degenerative-ai',
  '/limits/fundamental-limits',
  '/camps/scaling-not-dead',
  '/camps/performance-plateau',
  '/strategies/post-scaling-playbook',
  '/sources',
  '/claims',
  '/claims/cs-dai-defined',
  '/claims/graph',
  '/search?q=scaling',
  '/no-such-page',
];
const MODES = [
  { name: 'desktop, light', phone: false, dark: false },
  { name: 'phone, dark', phone: true, dark: true },
  { name: 'desktop, dark', phone: false, dark: true },
  { name: 'phone, light', phone: true, dark: false },
];

describe.each(['', '/zh-Hans'])('axe-core finds no violation (locale prefix "%s")', (prefix) => {
  describe.each(MODES)('$name', (mode) => {
    it.each(PAGE_TYPES)('%s', async (p) => {
      const v = await visit(browser(), prefix + p, mode);
      const violations = await axeViolations(v.page);
      await v.context.close();
      expect(violations).toEqual([]);
    });
  });
});
