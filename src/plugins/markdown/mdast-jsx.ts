import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

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
