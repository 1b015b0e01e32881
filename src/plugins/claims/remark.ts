import fs from 'node:fs';
import type { Root, RootContent, PhrasingContent, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Program } from 'estree';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { REF_PATTERN } from './collect';
import { docOfFile, pageDataFile } from './data-files';
import { esmImport } from '../markdown/mdast-jsx';

export interface RemarkClaimsOptions {
  readonly generatedFilesDir: string;
}

const GRAPH_VAR = '__claimGraph';

function provider(children: RootContent[]): MdxJsxFlowElement {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [{ type: 'ExpressionStatement', expression: { type: 'Identifier', name: GRAPH_VAR } }],
  };
  return {
    type: 'mdxJsxFlowElement',
    name: 'ClaimGraphProvider',
    attributes: [{ type: 'mdxJsxAttribute', name: 'value', value: { type: 'mdxJsxAttributeValueExpression', value: GRAPH_VAR, data: { estree } } }],
    children: children as MdxJsxFlowElement['children'],
  };
}

/** Splits a text node at each `[[id]]` / `[[id|label]]` into text and `<ClaimRef>` elements. */
export function splitRefs(node: Text): PhrasingContent[] | undefined {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const m of node.value.matchAll(REF_PATTERN)) {
    if (m.index! > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
    const ref: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'ClaimRef',
      attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: m[1] }],
      children: m[2] ? [{ type: 'text', value: m[2] }] : [],
    };
    parts.push(ref);
    last = m.index! + m[0].length;
  }
  if (last === 0) return undefined;
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

/**
 * For each docs page: turns `[[id]]` into claim references, and gives the page its
 * generated claim data by importing the page's JSON file and providing it to every
 * `<Claim>` and `<ClaimRef>` below. The references were already checked by the plugin.
 */
export function remarkClaims(options: RemarkClaimsOptions) {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const parts = splitRefs(node);
      if (!parts) return;
      (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });

    // A claim of one paragraph renders its statement as a heading (search results and the
    // document outline then name each claim); the paragraph wrapper would be invalid there.
    visit(tree, 'mdxJsxFlowElement', (node) => {
      if (node.name !== 'Claim') return;
      const kids = node.children;
      if (kids.length === 1 && kids[0].type === 'paragraph') {
        node.children = kids[0].children as unknown as MdxJsxFlowElement['children'];
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'inline', value: 'true' });
      }
    });

    const doc = file.path ? docOfFile(file.path) : undefined;
    if (!doc) return;
    const dataFile = pageDataFile(options.generatedFilesDir, doc.locale, doc.docPath);
    if (!fs.existsSync(dataFile)) return;
    const head = tree.children.filter((n) => n.type === 'mdxjsEsm' || n.type === 'yaml');
    const body = tree.children.filter((n) => n.type !== 'mdxjsEsm' && n.type !== 'yaml');
    tree.children = [...head, esmImport(GRAPH_VAR, dataFile), provider(body)];
  };
}
