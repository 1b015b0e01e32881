export interface CitationEntry {
  readonly key: string;
  readonly title: string;
  readonly author: string;
  readonly url: string;
  readonly year: string;
  readonly site: string;
  readonly kind: 'claim' | 'page';
}

const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Escapes the characters BibTeX treats specially inside a braced field. */
export function bibtexEscape(s: string): string {
  return s.replace(/\\/g, '\\textbackslash{}').replace(/([{}%&$#_])/g, '\\$1');
}

export function plainCitation(e: CitationEntry): string {
  const what = e.kind === 'claim' ? `${e.author}: “${clip(e.title)}”` : `“${e.title}”`;
  return `${what}. ${e.site}, ${e.year}. ${e.url}`;
}

export function bibtexEntry(e: CitationEntry): string {
  return [
    `@misc{${e.key},`,
    `  title        = {${bibtexEscape(clip(e.title))}},`,
    `  author       = {{${bibtexEscape(e.author)}}},`,
    `  howpublished = {${bibtexEscape(e.site)}},`,
    `  year         = {${e.year}},`,
    `  url          = {${e.url}}`,
    `}`,
  ].join('\n');
}
