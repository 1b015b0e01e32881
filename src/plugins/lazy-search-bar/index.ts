import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/**
 * The local search bar's code (about 20 KB gzipped: the search client, its worker glue and
 * mark.js) sat in the main bundle of every page. This theme puts a look-alike input in the
 * navbar and loads the real search bar on the first sign of a search: pointer over the
 * box, focus, the keyboard shortcut, or a page opened from a result (?_highlight=).
 * Only added when the search theme is.
 */
export default function lazySearchBarPlugin(): Plugin {
  return {
    name: 'lazy-search-bar',
    getThemePath() {
      return path.resolve(__dirname, 'theme');
    },
    getTypeScriptThemePath() {
      return path.resolve(__dirname, 'theme');
    },
  };
}
