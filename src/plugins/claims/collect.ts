import fs from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { parse as parseYaml } from 'yaml';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root, Heading } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Locale } from '../../data/types';
import type { Collected, PageFile, Problem, RawAnchor, RawClaim, RawLink, RawRef } from './types';
import { parseIdList } from './ids';
import { statementHtml, statementText } from './statement';

/** Where each locale's docs live, relative to the site root. */
export const DOCS_ROOTS: Readonly<Record<Locale, string>> = {
  en: 'docs',
  'zh-Hans': 'i18n/zh-Hans/docusaurus-plugin-content-docs/current',
};

/** `[[claim-id]]` or `[[claim-id|link text]]` in prose. */
export const REF_PATTERN = /\[\[([^\]|\s]+)(?:\|([^\]]+))?\]\]/g;

/** `{#heading-id}` at the end of a heading line (Docusaurus's mdx1Compat syntax). */
const HEADING_ID = /\s*\{#([^}\s]*)\}\s*$/;

/** Reads every MDX page of both locales. */
export function readPages(siteDir: string): PageFile[] {
  const out: PageFile[] = [];
  for (const [locale, rel] of Object.entries(DOCS_ROOTS) as [Locale, string][]) {
    const root = path.join(siteDir, rel);
    if (!fs.existsSync(root)) continue;
    for (const entry of fs.readdirSync(root, { recursive: true })) {
      const docPath = String(entry).split(path.sep).join('/');
      if (!/\.mdx?$/.test(docPath) || docPath.split('/').some((s) => s.startsWith('_'))) continue;
      const file = path.join(root, docPath);
      out.push({ locale, file, docPath, source: fs.readFileSync(file, 'utf8') });
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

/** The URL path of a doc under routeBasePath '/', without the locale prefix. */
export function permalinkOf(docPath: string, slug?: string): string {
  if (slug) return slug;
  const noExt = docPath.replace(/\.mdx?$/, '');
  if (noExt === 'index') return '/';
  if (noExt.endsWith('/index')) return `/${noExt.slice(0, -'index'.length)}`;
  return `/${noExt}`;
}

// MDX proper would read `{#id}` as a JavaScript expression; Docusaurus escapes it first, and so do we.
// The escape only appends characters at the end of heading lines, so positions stay true.
const escapeHeadingIds = (src: string): string => src.replace(/^(#{1,6} .*?) \{#([^}\s]*)\}[ \t]*$/gm, '$1 \\{#$2\\}');

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMath);

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;

function attributesOf(node: JsxNode): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute') continue;
    if (a.value === null || a.value === undefined) out[a.name] = true;
    else out[a.name] = typeof a.value === 'string' ? a.value : `{${a.value.value}}`;
  }
  return out;
}

/** Stage 1: reads the pages and lifts out claims, claim references and anchors, with their places. */
export function collect(pages: readonly PageFile[]): Collected {
  const claims: RawClaim[] = [];
  const refs: RawRef[] = [];
  const anchors: RawAnchor[] = [];
  const links: RawLink[] = [];
  const problems: Problem[] = [];
  const pageList: Collected['pages'][number][] = [];

  for (const page of pages) {
    const { locale, docPath, file } = page;
    let tree: Root;
    try {
      tree = parser.parse(escapeHeadingIds(page.source));
    } catch (err) {
      const e = err as { line?: number; column?: number; place?: { line?: number; column?: number; start?: { line: number; column: number } }; reason?: string; message: string };
      const at = e.place && 'start' in e.place && e.place.start ? e.place.start : (e.place ?? e);
      problems.push({ place: { file, line: at.line ?? 1, column: at.column ?? 1 }, message: `MDX syntax error: ${e.reason ?? e.message}` });
      continue;
    }
    let frontMatter: Record<string, unknown> = {};
    const yamlNode = tree.children.find((n) => n.type === 'yaml');
    if (yamlNode && 'value' in yamlNode) {
      try {
        frontMatter = (parseYaml(yamlNode.value) as Record<string, unknown>) ?? {};
      } catch (err) {
        problems.push({ place: { file, line: 1, column: 1 }, message: `front matter is not valid YAML: ${(err as Error).message}` });
      }
    }
    const title = typeof frontMatter.title === 'string' ? frontMatter.title : docPath;
    const slug = typeof frontMatter.slug === 'string' ? frontMatter.slug : undefined;
    const slugLine = page.source.split('\n').findIndex((l) => l.startsWith('slug:')) + 1;
    pageList.push({ locale, docPath, title, permalink: permalinkOf(docPath, slug), place: { file, line: slugLine || 1, column: 1 } });

    const placeOf = (n: { position?: { start: { line: number; column: number } } }) => ({
      file,
      line: n.position?.start.line ?? 1,
      column: n.position?.start.column ?? 1,
    });

    visit(tree, (node) => {
      if (node.type === 'heading') {
        const h = node as Heading;
        const last = h.children[h.children.length - 1];
        const m = last && last.type === 'text' ? HEADING_ID.exec(last.value) : null;
        if (m) anchors.push({ place: placeOf(h), locale, docPath, id: m[1], kind: 'heading' });
        else if (h.depth >= 2) problems.push({ place: placeOf(h), message: `heading "${toString(h)}" has no explicit id: end it with {#kebab-case-id}, the same in both locales` });
        return;
      }
      if (node.type === 'link' && node.url.startsWith('/')) {
        links.push({ place: placeOf(node), locale, docPath, url: node.url });
        return;
      }
      if (node.type === 'text') {
        for (const m of node.value.matchAll(REF_PATTERN)) refs.push({ place: placeOf(node), locale, docPath, target: m[1] });
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const el = node as JsxNode;
      const attributes = attributesOf(el);
      const id = typeof attributes.id === 'string' ? attributes.id : undefined;
      if (el.name === 'Claim') {
        claims.push({ place: placeOf(el), locale, docPath, attributes, text: statementText(el.children), html: statementHtml(el.children) });
      } else if (id && (el.name === 'Formula' || el.name === 'Correction' || el.name === 'Diagram')) {
        anchors.push({ place: placeOf(el), locale, docPath, id, kind: el.name.toLowerCase() as RawAnchor['kind'] });
      } else if (el.name === 'Plot' && typeof attributes.kind === 'string') {
        anchors.push({ place: placeOf(el), locale, docPath, id: `plot-${attributes.kind}`, kind: 'plot' });
      } else if (el.name === 'CampTable') {
        // Rows answer to #camp-<id>; which rows depends on `only` (all camps when absent, resolved in validate).
        const only = attributes.only === undefined ? ['*'] : (parseIdList(attributes.only) ?? []);
        for (const camp of only) anchors.push({ place: placeOf(el), locale, docPath, id: `camp-${camp}`, kind: 'camp-row' });
      }
    });
  }
  return { pages: pageList, claims, refs, anchors, links, problems };
}
