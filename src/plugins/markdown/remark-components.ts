import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { SOURCES } from '../../data/sources';
import { SPEAKERS } from '../../data/speakers';
import type { Locale } from '../../data/types';
import { docOfFile } from '../claims/data-files';
import { attrString, esmImport, setAttr, type JsxElement } from './mdast-jsx';

const COMPONENTS_DIR = path.resolve(__dirname, '../../components');

/** The site's MDX elements and the module of each. */
export const COMPONENT_MODULES: Readonly<Record<string, string>> = {
  Claim: 'Claim/index.tsx',
  ClaimRef: 'ClaimRef/index.tsx',
  ClaimGraphProvider: 'ClaimGraph/index.tsx',
  Quote: 'Quote/index.tsx',
  Correction: 'Correction/index.tsx',
  Formula: 'Formula/index.tsx',
  Diagram: 'Diagram/index.tsx',
  Plot: 'Plot/index.tsx',
  CampTable: 'CampTable/index.tsx',
  CampMap: 'CampTable/CampMap.tsx',
  Bibliography: 'Bibliography/index.tsx',
};
const NAMED_EXPORTS: Readonly<Record<string, string>> = { ClaimGraphProvider: 'ClaimGraphProvider' };

/**
 * Two build-time jobs for the site's MDX elements.
 * 1. Each page imports exactly the elements it uses, so their code (and the camp data,
 *    the plots) ships only with the pages that need it, not in the bundle of every page.
 * 2. `by` and `source` of quotations, corrections and formulas are resolved here, in the
 *    page's language, into plain props: an unknown id fails the build at its line, and
 *    the bibliography never ships to the browser.
 */
export function remarkComponents() {
  return (tree: Root, file: VFile): void => {
    const locale: Locale = (file.path && docOfFile(file.path)?.locale) || 'en';
    const used = new Set<string>();
    const at = (el: JsxElement) => `${file.path}:${el.position?.start.line ?? 1}:${el.position?.start.column ?? 1}`;
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const el = node as JsxElement;
      if (!el.name || !(el.name in COMPONENT_MODULES)) return;
      used.add(el.name);
      if (el.name !== 'Quote' && el.name !== 'Correction' && el.name !== 'Formula') return;
      const sourceId = attrString(el, 'source');
      if (sourceId !== undefined) {
        const src = SOURCES.get(sourceId);
        if (!src) file.fail(`${at(el)}: <${el.name} source="${sourceId}">: unknown source; add it to src/data/sources.ts or fix the id`, { place: el.position, source: 'components' });
        setAttr(el, 'sourceTitle', src!.title);
        if (src!.url) setAttr(el, 'sourceUrl', src!.url);
      } else if (el.name !== 'Formula') {
        file.fail(`${at(el)}: <${el.name}> needs source="bibliography-id"`, { place: el.position, source: 'components' });
      }
      if (el.name === 'Quote') {
        const by = attrString(el, 'by');
        const speaker = by ? SPEAKERS.get(by) : undefined;
        if (!speaker) file.fail(`${at(el)}: <Quote by="${by ?? ''}">: unknown speaker; add it to src/data/speakers.ts or fix the id`, { place: el.position, source: 'components' });
        setAttr(el, 'speakerName', speaker!.name[locale]);
        if (!attrString(el, 'lang')) file.fail(`${at(el)}: <Quote> needs lang="…", the language of the original words`, { place: el.position, source: 'components' });
      }
    });
    const imports = [...used].sort().map((name) => esmImport(name, path.join(COMPONENTS_DIR, COMPONENT_MODULES[name]), NAMED_EXPORTS[name]));
    tree.children.unshift(...imports);
  };
}
