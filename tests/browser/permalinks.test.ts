import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPermalinks, diffPermalinks } from '../../scripts/lib/permalinks.mjs';
import { loadRedirects } from '../../scripts/lib/redirects.mjs';

/**
 * Links pasted into discussions must keep working: every URL and anchor recorded in
 * permalinks.json must still resolve in the build (or be redirected / aliased), and every
 * new one must be recorded (`npm run permalinks`).
 */
const ROOT = path.resolve(__dirname, '../..');

describe('the permalink registry', () => {
  const registry = JSON.parse(fs.readFileSync(path.join(ROOT, 'permalinks.json'), 'utf8'));
  const current = collectPermalinks(path.join(ROOT, 'build'));

  it('every published page and anchor still resolves', async () => {
    const { missing } = diffPermalinks(registry, current, await loadRedirects());
    expect(missing, 'published links that disappeared: add a redirect or an anchor alias in src/data/redirects.ts').toEqual([]);
  });
  it('every page and anchor of the build is recorded', async () => {
    const { added } = diffPermalinks(registry, current, await loadRedirects());
    expect(added, 'new links: run `npm run permalinks` and commit permalinks.json').toEqual([]);
  });
  it('both locales publish the same anchors on the same pages', () => {
    for (const [url, anchors] of Object.entries(current)) {
      if (url.startsWith('/zh-Hans/')) continue;
      expect(current[`/zh-Hans${url}`], `zh-Hans twin of ${url}`).toEqual(anchors);
    }
  });
});
