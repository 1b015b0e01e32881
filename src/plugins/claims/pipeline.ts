import type { Locale } from '../../data/types';
import { LOCALES } from '../../data/types';
import { collect, readPages } from './collect';
import { normalise } from './normalise';
import { resolve, type Lookup, type ResolvedLocale } from './resolve';
import type { Claim, Collected, Problem } from './types';
import { validate, type Registries } from './validate';

export interface PipelineResult {
  readonly collected: Collected;
  readonly claims: readonly Claim[];
  readonly problems: readonly Problem[];
  readonly resolved: ReadonlyMap<Locale, ResolvedLocale>;
}

/** collect → normalise → validate → resolve, over both locales of the site at `siteDir`. */
export function runPipeline(siteDir: string, lookup: Lookup): PipelineResult {
  const collected = collect(readPages(siteDir));
  const { claims, problems: normProblems } = normalise(collected);
  const registries: Registries = {
    speakers: new Set(lookup.speakers.keys()),
    sources: new Set(lookup.sources.keys()),
    camps: new Set(lookup.campNames.keys()),
  };
  const problems = [...collected.problems, ...normProblems, ...validate(collected, claims, registries)];
  const resolved = new Map<Locale, ResolvedLocale>();
  if (problems.length === 0) {
    for (const locale of LOCALES) {
      const refsByPage = new Map<string, string[]>();
      for (const r of collected.refs.filter((x) => x.locale === locale)) {
        refsByPage.set(r.docPath, [...(refsByPage.get(r.docPath) ?? []), r.target]);
      }
      const docs = collected.pages.filter((p) => p.locale === locale).map((p) => p.docPath);
      resolved.set(locale, resolve(locale, claims, refsByPage, docs, lookup));
    }
  }
  return { collected, claims, problems, resolved };
}
