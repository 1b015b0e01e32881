import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Program } from 'estree';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { renderTex } from './remark-formula';
import { texFailure } from './rehype-katex-fail';

const OPEN = '<span class="katex">';
const CLOSE = '</span>';

/** KaTeX's HTML for one inline formula, without its outer `<span class="katex">`. */
export function renderInlineTex(tex: string): string {
  const html = renderTex(tex, false);
  if (!html.startsWith(OPEN) || !html.endsWith(CLOSE)) throw new Error(`unexpected KaTeX output for "${tex}": ${html.slice(0, 60)}`);
  return html.slice(OPEN.length, -CLOSE.length);
}

/** `{ __html: "…" }` as an MDX attribute expression. */
function innerHtmlAttribute(html: string): MdxJsxTextElement['attributes'][number] {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [{
      type: 'ExpressionStatement',
      expression: {
        type: 'ObjectExpression',
        properties: [{ type: 'Property', key: { type: 'Identifier', name: '__html' }, value: { type: 'Literal', value: html }, kind: 'init', method: false, shorthand: false, computed: false }],
      },
    }],
  };
  return { type: 'mdxJsxAttribute', name: 'dangerouslySetInnerHTML', value: { type: 'mdxJsxAttributeValueExpression', value: `{ __html: ${JSON.stringify(html)} }`, data: { estree } } };
}

/**
 * Inline math (`$…$`) rendered at build time into `<span class="katex">` holding KaTeX's
 * HTML as a string. Left to rehype-katex, each formula became some 30 nested JSX
 * elements: 96 KB of a long article's script, and as many React nodes to hydrate. Runs
 * after the claims and formula steps, which read the TeX; display math (`$$`) is still
 * rehype-katex's.
 */
export function remarkInlineMath() {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'inlineMath', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const at = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
      // Pandoc's rule: math never starts or ends with a space. "$75 and $150" would
      // otherwise become one italic formula "75 and"; such prose must write \$.
      if (/^\s|\s$/.test(node.value)) {
        throw new Error(`${file.path}${at}: "$${node.value}$" is read as math, but math does not start or end with a space: are these dollar amounts? Write \\$ for a dollar sign.`);
      }
      let html: string;
      try {
        html = renderInlineTex(node.value);
      } catch (err) {
        throw texFailure(`${file.path}${at}`, err instanceof Error ? err.message : String(err));
      }
      const el: MdxJsxTextElement = { type: 'mdxJsxTextElement', name: 'span', attributes: [{ type: 'mdxJsxAttribute', name: 'className', value: 'katex' }, innerHtmlAttribute(html)], children: [], position: node.position };
      parent.children.splice(index, 1, el);
    });
  };
}
