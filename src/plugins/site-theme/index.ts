import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

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
  };
}
