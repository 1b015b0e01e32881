import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Display formulas scroll sideways when wider than the screen; a scrollable region must
 * be reachable from the keyboard, so each one gets tabindex="0".
 */
export function rehypeKatexFocusable() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      const cls = node.properties?.className;
      if (Array.isArray(cls) && cls.includes('katex-display')) node.properties.tabIndex = 0;
    });
  };
}
