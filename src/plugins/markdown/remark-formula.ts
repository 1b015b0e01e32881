import katex from 'katex';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { attrString, setAttr, type JsxElement } from './mdast-jsx';

export const FORMULA_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Renders one formula to HTML with KaTeX (display style unless told), or throws KaTeX's own message. */
export function renderTex(tex: string, displayMode = true): string {
  return katex.renderToString(tex, {
    displayMode,
    throwOnError: true,
    strict: 'error',
    output: 'htmlAndMathml',
  });
}

/**
 * `<Formula id tex>` elements: renders the TeX at build time (so no KaTeX code reaches
 * the browser), numbers the formulas in page order, and fails the build with file and
 * line on a missing id, a malformed id or TeX that KaTeX rejects.
 */
export function remarkFormula() {
  return (tree: Root, file: VFile): void => {
    let n = 0;
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const el = node as JsxElement;
      if (el.name !== 'Formula') return;
      const id = attrString(el, 'id');
      const tex = attrString(el, 'tex');
      const at = `${file.path ?? 'unknown file'}:${el.position?.start.line ?? 1}:${el.position?.start.column ?? 1}`;
      const fail = (msg: string): never => file.fail(`${at}: ${msg}`, { place: el.position, source: 'formula', ruleId: 'formula' });
      if (!id) fail('<Formula> needs an id="kebab-case-id" so that it can be linked.');
      if (!FORMULA_ID.test(id!)) fail(`<Formula id="${id}">: ids are ASCII kebab-case, like "kaplan-loss-n".`);
      if (!tex) fail(`<Formula id="${id}"> needs a tex="..." attribute with the formula in KaTeX syntax.`);
      let html: string;
      try {
        html = renderTex(tex!);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        return fail(`<Formula id="${id}"> does not compile: ${reason}`);
      }
      n += 1;
      setAttr(el, 'html', html);
      setAttr(el, 'number', String(n));
    });
  };
}
