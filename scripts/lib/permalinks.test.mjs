import { describe, expect, it } from 'vitest';
import { diffPermalinks } from './permalinks.mjs';

const registry = { '/limits/a': ['claim-one', 'section-one'], '/zh-Hans/limits/a': ['claim-one', 'section-one'], '/old': [] };

describe('the permalink registry check', () => {
  it('passes when every published link still resolves', () => {
    expect(diffPermalinks(registry, registry)).toEqual({ missing: [], added: [] });
  });
  it('fails when an anchor disappears in one locale', () => {
    const current = { ...registry, '/zh-Hans/limits/a': ['claim-one'] };
    expect(diffPermalinks(registry, current).missing).toEqual(['/zh-Hans/limits/a#section-one']);
  });
  it('fails when a page disappears, unless it is redirected', () => {
    const current = { '/limits/a': registry['/limits/a'], '/zh-Hans/limits/a': registry['/zh-Hans/limits/a'] };
    expect(diffPermalinks(registry, current).missing).toEqual(['/old']);
    expect(diffPermalinks(registry, current, { pageRedirects: [{ from: '/old', to: '/limits/a' }] }).missing).toEqual([]);
  });
  it('accepts a renamed anchor only with an alias to an anchor that exists', () => {
    const current = { ...registry, '/limits/a': ['claim-one', 'section-renamed'] };
    expect(diffPermalinks(registry, current).missing).toEqual(['/limits/a#section-one']);
    expect(diffPermalinks(registry, current, { anchorAliases: [{ page: '/limits/a', from: 'section-one', to: 'section-renamed' }] }).missing).toEqual([]);
    expect(diffPermalinks(registry, current, { anchorAliases: [{ page: '/limits/a', from: 'section-one', to: 'nowhere' }] }).missing).toEqual(['/limits/a#section-one']);
  });
  it('lists new links that are not yet registered', () => {
    const current = { ...registry, '/limits/b': ['x'] };
    expect(diffPermalinks(registry, current).added).toEqual(['/limits/b']);
  });
});
