import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { Program } from 'estree';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type Attr = MdxJsxAttribute | MdxJsxExpressionAttribute;

/** The JSX attribute called `name`, when it is a plain attribute (not a spread). */
export function findAttr(node: JsxElement, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((a: Attr): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** A string attribute's value; expression attributes are returned as their source text. */
export function attrString(node: JsxElement, name: string): string | undefined {
  const a = findAttr(node, name);
  if (!a) return undefined;
  if (a.value === null || a.value === undefined) return '';
  if (typeof a.value === 'string') return a.value;
  return a.value.value;
}

/** Whether a boolean attribute such as `reconstruction` is present and not `={false}`. */
export function attrFlag(node: JsxElement, name: string): boolean {
  const a = findAttr(node, name);
  if (!a) return false;
  if (a.value === null || a.value === undefined) return true;
  const v = typeof a.value === 'string' ? a.value : a.value.value;
  return v.trim() !== 'false';
}

/** Sets (or replaces) a plain string attribute. */
export function setAttr(node: JsxElement, name: string, value: string): void {
  const existing = findAttr(node, name);
  if (existing) existing.value = value;
  else node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/**
 * An `import` statement as an MDX ESM node, with the estree MDX compiles from:
 * `import local from "file"`, or `import { imported as local } from "file"`.
 */
export function esmImport(local: string, file: string, imported?: string): MdxjsEsm {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [{
      type: 'ImportDeclaration',
      specifiers: [imported
        ? { type: 'ImportSpecifier', imported: { type: 'Identifier', name: imported }, local: { type: 'Identifier', name: local } }
        : { type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: local } }],
      source: { type: 'Literal', value: file, raw: JSON.stringify(file) },
      attributes: [],
    }],
  };
  const spec = imported ? `{ ${imported} as ${local} }` : local;
  return { type: 'mdxjsEsm', value: `import ${spec} from ${JSON.stringify(file)};`, data: { estree } };
}
