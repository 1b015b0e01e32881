import path from 'node:path';
import * as z from 'zod';
import { SOURCES } from '../../data/sources';

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
/** Width of a text where each CJK character counts two. */
export const displayWidth = (s: string): number => [...s].reduce((n, c) => n + (CJK.test(c) ? 2 : 1), 0);

/** Front matter every docs page may carry; anything else is a mistake. */
export const docFrontMatterSchema = z
  .object({
    title: z.string().min(1),
    // Chinese characters count double: a CJK sentence says as much in half the characters.
    description: z
      .string()
      .refine((d) => displayWidth(d) >= 40 && displayWidth(d) <= 300, 'write a real one-sentence description (40–300 characters; Chinese characters count double)'),
    sidebar_position: z.number().optional(),
    sidebar_label: z.string().min(1).optional(),
    slug: z.string().startsWith('/').optional(),
    hide_table_of_contents: z.boolean().optional(),
    keywords: z.array(z.string()).optional(),
    sources: z
      .array(z.string())
      .optional()
      .superRefine((ids, ctx) => {
        for (const id of ids ?? []) {
          if (!SOURCES.has(id)) ctx.addIssue({ code: 'custom', message: `unknown source id "${id}" (see src/data/sources.ts)` });
        }
      }),
  })
  .strict();

export type DocFrontMatter = z.infer<typeof docFrontMatterSchema>;

/** The 1-based line of `key:` inside the front matter block, or 1. */
export function frontMatterLine(fileContent: string, key: string | undefined): number {
  if (!key) return 1;
  const lines = fileContent.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  return i >= 0 ? i + 1 : 1;
}

/** Whether a file is a docs page (either locale), whose front matter is ours to check. */
export function isDocsFile(filePath: string): boolean {
  const p = filePath.split(path.sep).join('/');
  return /\/docs\//.test(p) || /\/docusaurus-plugin-content-docs\/current\//.test(p);
}

/** Checks a parsed front matter; returns `file:line: key: problem` strings. */
export function checkFrontMatter(filePath: string, fileContent: string, frontMatter: Record<string, unknown>): string[] {
  const result = docFrontMatterSchema.safeParse(frontMatter);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const key = issue.path.length ? String(issue.path[0]) : undefined;
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const line = frontMatterLine(fileContent, key ?? unknownKeys[0]);
    const label = key ?? unknownKeys.join(', ');
    return `${filePath}:${line}: front matter "${label}": ${issue.message}`;
  });
}

type ParseArgs = {
  filePath: string;
  fileContent: string;
  defaultParseFrontMatter: (args: { filePath: string; fileContent: string }) => Promise<{
    frontMatter: Record<string, unknown>;
    content: string;
  }>;
};

/** Docusaurus `markdown.parseFrontMatter`: the default parser, then our schema for docs pages. */
export async function parseFrontMatter(args: ParseArgs) {
  const parsed = await args.defaultParseFrontMatter(args);
  if (isDocsFile(args.filePath)) {
    const problems = checkFrontMatter(args.filePath, args.fileContent, parsed.frontMatter);
    if (problems.length) {
      throw new Error(`Invalid front matter:\n${problems.join('\n')}\nAllowed keys: ${Object.keys(docFrontMatterSchema.shape).join(', ')}.`);
    }
  }
  return parsed;
}
