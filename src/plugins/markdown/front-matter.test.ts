import { describe, expect, it } from 'vitest';
import { checkFrontMatter, displayWidth } from './front-matter';

const file = 'docs/limits/x.mdx';
const src = '---\ntitle: T\ndescription: D\nsidebar_position: 1\n---\n';
const ok = { title: 'A title', description: 'A description that is long enough to be a real sentence.' };

describe('front matter of docs pages', () => {
  it('accepts the documented keys', () => {
    expect(checkFrontMatter(file, src, { ...ok, sidebar_position: 2, sidebar_label: 'X', sources: ['kaplan-2020'] })).toEqual([]);
  });
  it('counts Chinese characters double for the description length', () => {
    expect(displayWidth('扩展定律')).toBe(8);
    expect(checkFrontMatter(file, src, { ...ok, description: '本站引用的全部来源：五篇原始文章及其一手资料。' })).toEqual([]);
    expect(checkFrontMatter(file, src, { ...ok, description: '太短了' })[0]).toMatch(/description/);
  });
  it.each([
    [{ ...ok, sidebar_position: 'first' }, /x\.mdx:4: front matter "sidebar_position"/],
    [{ ...ok, sidebar_positon: 1 }, /front matter "sidebar_positon": Unrecognized key/],
    [{ ...ok, sources: ['no-such-source'] }, /unknown source id "no-such-source"/],
    [{ description: ok.description }, /front matter "title"/],
    [{ ...ok, slug: 'no-leading-slash' }, /front matter "slug"/],
  ])('rejects %o with file, line and reason', (fm, expected) => {
    expect(checkFrontMatter(file, src, fm).join('\n')).toMatch(expected);
  });
});
