import type { Root } from 'hast';
import type { VFile } from 'vfile';

/** The build error for TeX that KaTeX rejects, at `where` (file:line:col). */
export function texFailure(where: string, katexMessage: string): Error {
  const reason = katexMessage.replace(/\s+/g, ' ').trim();
  return new Error(`${where}: this formula does not compile: ${reason}\nFix the TeX (KaTeX syntax; Chinese inside math goes in \\text{}).`);
}

/**
 * rehype-katex never fails: on a bad formula it records a message and renders red
 * fallback text, and Docusaurus does not print messages. This turns the first such
 * message into a build error that names the file, line and column.
 */
export function rehypeKatexFailOnError() {
  return (_tree: Root, file: VFile): void => {
    const bad = file.messages.find((m) => m.source === 'rehype-katex');
    if (!bad) return;
    const where = bad.place && 'start' in bad.place ? bad.place.start : bad.place;
    const at = where ? `:${where.line}:${where.column}` : '';
    throw texFailure(`${file.path}${at}`, bad.reason);
  };
}
