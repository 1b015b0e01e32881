import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** The client module of theme-classic that loads Prism on every page (as Docusaurus requires it). */
const PRISM_START_MODULE = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages').replace(/\.js$/, '');

/**
 * The site's theme additions (the MDX element registry), as a plugin so that every site
 * built with makeConfig, the fixture sites of the tests included, gets the same elements.
 */
export default function siteThemePlugin(): Plugin {
  return {
    name: 'site-theme',
    getThemePath() {
      return path.resolve(__dirname, 'theme');
    },
    getTypeScriptThemePath() {
      return path.resolve(__dirname, 'theme');
    },
    // Fonts are never inlined into the CSS: KaTeX's small fonts would otherwise land in the
    // one global stylesheet as data URIs (woff2, woff and ttf of each), tripling its weight,
    // although a browser downloads only the woff2 it needs, and only on pages with math.
    configureWebpack(config, isServer) {
      for (const rule of config.module?.rules ?? []) {
        if (!rule || typeof rule !== 'object' || !(rule.test instanceof RegExp) || !rule.test.test('font.woff2')) continue;
        for (const use of Array.isArray(rule.use) ? rule.use : []) {
          if (use && typeof use === 'object' && use.options && typeof use.options === 'object' && 'limit' in use.options) {
            (use.options as { limit: number }).limit = 0;
          }
        }
      }
      const alias: Record<string, string> = { '@site-theme/code-block$': path.resolve(__dirname, 'code-block', isServer ? 'server.ts' : 'browser.ts') };
      // theme-classic registers Prism's grammars on every page at start-up; in the browser
      // that module is swapped for an empty one and the code block does it when it loads.
      if (!isServer) alias[PRISM_START_MODULE] = path.resolve(__dirname, 'client/no-prism-at-start.ts');
      return { resolve: { alias } };
    },
  };
}
