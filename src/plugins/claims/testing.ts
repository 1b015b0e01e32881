import path from 'node:path';
import type { Locale } from '../../data/types';
import { readPages } from './collect';
import type { Lookup } from './resolve';
import type { PageFile } from './types';

/** The mini-site under __fixtures__/site: two pages in two locales. */
export const FIXTURE_SITE = path.join(__dirname, '__fixtures__', 'site');

export const fixturePages = (): PageFile[] => readPages(FIXTURE_SITE);

const loc = (en: string, zh: string) => ({ en, 'zh-Hans': zh });

/** Registries for the fixture: two speakers, two sources, one camp. */
export const FIXTURE_LOOKUP: Lookup = {
  speakers: new Map([
    ['speaker-a', { id: 'speaker-a', kind: 'person', name: loc('Speaker A', '甲'), role: loc('Role A', '职位甲') }],
    ['speaker-b', { id: 'speaker-b', kind: 'person', name: loc('Speaker B', '乙'), role: loc('Role B', '职位乙') }],
  ]),
  sources: new Map([
    ['source-a', { id: 'source-a', kind: 'paper', title: 'Source A', authors: ['A. Author'], date: '2024', url: 'https://example.org/a', verification: 'confirmed' }],
    ['source-b', { id: 'source-b', kind: 'post', title: 'Source B', authors: ['B. Author'], date: '2025', verification: 'via-article' }],
  ]),
  campNames: new Map([['camp-a', loc('Camp A', '甲派')]]),
};

/** A copy of the fixture pages with one file's text changed by `edit`. */
export function withEdit(pages: readonly PageFile[], locale: Locale, docPath: string, edit: (src: string) => string): PageFile[] {
  let hit = false;
  const out = pages.map((p) => {
    if (p.locale !== locale || p.docPath !== docPath) return p;
    hit = true;
    return { ...p, source: edit(p.source) };
  });
  if (!hit) throw new Error(`fixture has no ${locale} ${docPath}`);
  return out;
}

/** Applies the same edit to both locales of a page. */
export const withEditBoth = (pages: readonly PageFile[], docPath: string, edit: (src: string) => string): PageFile[] =>
  withEdit(withEdit(pages, 'en', docPath, edit), 'zh-Hans', docPath, edit);
