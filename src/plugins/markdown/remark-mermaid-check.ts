import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

type Parse = (text: string) => Promise<unknown>;

interface MermaidParseError extends Error {
  readonly hash?: { readonly loc?: { readonly first_line?: number; readonly first_column?: number } };
}

let parser: Promise<Parse> | undefined;

/** Mermaid's own parser, loaded once per process and only when a page has a diagram. */
function loadParser(): Promise<Parse> {
  parser ??= (async () => {
    // Mermaid sanitises label text with DOMPurify, which is inert without a DOM. Nothing is
    // rendered here, only parsed, so identity functions are enough for validation.
    // The config is loaded through jiti, which may hand back CommonJS module objects.
    const purifyModule = (await import('dompurify')) as unknown as { default?: unknown };
    const p = (purifyModule.default ?? purifyModule) as { sanitize?: (s: string) => string; addHook?: () => void };
    p.sanitize ??= (s) => s;
    p.addHook ??= () => undefined;
    const mermaidModule = (await import('mermaid')) as unknown as { default?: { parse: Parse } } & { parse?: Parse };
    const mermaid = mermaidModule.default ?? (mermaidModule as { parse: Parse });
    return (text: string) => mermaid.parse(text);
  })();
  return parser;
}

/**
 * Mermaid diagrams are drawn in the browser, so a syntax error would otherwise ship as a
 * red "Syntax error" box. This parses every ```mermaid block at build time and fails the
 * build at the diagram's line. Runs before Docusaurus turns the blocks into components.
 */
export function remarkMermaidCheck() {
  return async (tree: Root, file: VFile): Promise<void> => {
    const blocks: Code[] = [];
    visit(tree, 'code', (node: Code) => {
      if (node.lang === 'mermaid') blocks.push(node);
    });
    if (!blocks.length) return;
    const parse = await loadParser();
    for (const block of blocks) {
      try {
        await parse(block.value);
      } catch (e) {
        const err = e as MermaidParseError;
        const fence = block.position?.start.line ?? 0;
        const loc = err.hash?.loc;
        const line = loc?.first_line !== undefined ? fence + loc.first_line : fence;
        const col = loc?.first_column !== undefined ? `:${loc.first_column + 1}` : '';
        // Mermaid's "on line N" counts differently from the diagram's lines; ours is the file's.
        const reason = String(err.message ?? err)
          .split('\n')
          .filter((l) => !/^-*\^$/.test(l.trim()))
          .join(' ')
          .replace(/^Parse error on line \d+:\s*/, '')
          .replace(/\s+/g, ' ')
          .trim();
        throw new Error(
          `${file.path}:${line}${col}: this mermaid diagram does not parse: ${reason}\n` +
            'Fix the diagram (syntax: https://mermaid.js.org/syntax/flowchart.html); it is drawn in the browser, so the build checks it here.',
        );
      }
    }
  };
}
