import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { VFile } from 'vfile';
import { remarkInlineMath, renderInlineTex } from './remark-inline-math';

const paragraph = (value: string): Root => ({
  type: 'root',
  children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Loss falls as ' }, { type: 'inlineMath', value, position: { start: { line: 3, column: 15 }, end: { line: 3, column: 30 } } }] }],
});
const run = (tree: Root) => remarkInlineMath()(tree, new VFile({ path: 'docs/page.mdx' }));

describe('remarkInlineMath', () => {
  it('replaces inline math with a katex span holding KaTeX HTML as one string', () => {
    const tree = paragraph('N^{-0.076}');
    run(tree);
    const p = tree.children[0];
    if (p.type !== 'paragraph') throw new Error('paragraph expected');
    const el = p.children[1] as unknown as MdxJsxTextElement;
    expect(el.type).toBe('mdxJsxTextElement');
    expect(el.name).toBe('span');
    expect(el.children).toEqual([]);
    expect(el.attributes[0]).toMatchObject({ name: 'className', value: 'katex' });
    const inner = el.attributes[1];
    expect(inner).toMatchObject({ name: 'dangerouslySetInnerHTML' });
    const html = renderInlineTex('N^{-0.076}');
    expect(html.startsWith('<span class="katex-mathml">')).toBe(true);
    expect(inner?.type === 'mdxJsxAttribute' && typeof inner.value === 'object' && inner.value?.value).toBe(`{ __html: ${JSON.stringify(html)} }`);
  });
  it('fails with file, line and column on TeX that KaTeX rejects', () => {
    expect(() => run(paragraph('\\frac{1}{'))).toThrow(/^docs\/page\.mdx:3:15: this formula does not compile/);
  });
  it('refuses math that starts or ends with a space: dollar amounts, not math', () => {
    expect(() => run(paragraph('75 per million tokens and '))).toThrow(/docs\/page\.mdx:3:15: "\$75 per million tokens and \$" is read as math.*Write \\\$ for a dollar sign/);
  });
});
