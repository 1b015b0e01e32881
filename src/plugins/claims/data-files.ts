import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../data/types';

/**
 * Per-page claim data lives in plain JSON files that each MDX page imports, so the
 * bundler tracks them: when a claim on another page changes, this page's file changes
 * and the dev server rebuilds it. The remark plugin and the lifecycle plugin agree on
 * the path through this one function.
 */
export function pageDataFile(generatedFilesDir: string, locale: Locale, docPath: string): string {
  return path.join(generatedFilesDir, 'claims-graph', locale, `${docPath}.json`);
}

/** Writes only when the content changed, so that unchanged pages are not rebuilt. */
export function writeIfChanged(file: string, content: string): void {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === content) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

/** Which locale and doc a compiled MDX file belongs to, or undefined for other files. */
export function docOfFile(filePath: string): { locale: Locale; docPath: string } | undefined {
  const p = filePath.split(path.sep).join('/');
  const zh = /\/i18n\/zh-Hans\/docusaurus-plugin-content-docs\/current\/(.+\.mdx?)$/.exec(p);
  if (zh) return { locale: 'zh-Hans', docPath: zh[1] };
  const en = /\/docs\/(.+\.mdx?)$/.exec(p);
  if (en) return { locale: 'en', docPath: en[1] };
  return undefined;
}
