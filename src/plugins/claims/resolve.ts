import type { Locale, Source, Speaker } from '../../data/types';
import type { Claim, Edge } from './types';
import { RELATION_TYPES } from './types';
import type { ClaimSummary, ClaimView, ClaimsIndex, IndexEntry, PageClaimView, PageGraphData, SourceView } from './views';
import { compactPageData } from './page-data';

export interface Lookup {
  readonly speakers: ReadonlyMap<string, Speaker>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly campNames: ReadonlyMap<string, Readonly<Record<Locale, string>>>;
}

export interface ResolvedLocale {
  readonly locale: Locale;
  readonly claims: ReadonlyMap<string, ClaimView>;
  /** docPath → the page's data. */
  readonly pages: ReadonlyMap<string, PageGraphData>;
  readonly index: ClaimsIndex;
}

const MAX_RELATED = 4;

/** Every edge of every claim, both directions: a relation is declared once and seen from both ends. */
export function edgesOf(claims: readonly Claim[]): Map<string, Edge[]> {
  const edges = new Map<string, Edge[]>(claims.map((c) => [c.id, []]));
  const seen = new Set<string>();
  for (const c of claims) {
    for (const type of RELATION_TYPES) {
      for (const target of c.relations[type]) {
        const key = `${c.id}\u0000${type}\u0000${target}`;
        if (seen.has(key) || !edges.has(target)) continue;
        seen.add(key);
        edges.get(c.id)!.push({ type, direction: 'out', target });
        edges.get(target)!.push({ type, direction: 'in', target: c.id });
      }
    }
  }
  return edges;
}

/**
 * The keys under which two claims can score 2 or more: a shared tag (3) or speaker (2)
 * alone suffices; a shared source (1) only together with a shared camp (1).
 */
function sharedKeys(c: Claim): string[] {
  return [...c.tags.map((t) => `tag:${t}`), `by:${c.by}`, ...(c.sources[0] && c.camp ? [`src+camp:${c.sources[0]}+${c.camp}`] : [])];
}

/** Orders scored claims best first, ties by id (ids are ASCII, so plain comparison is stable). */
const better = (a: { o: Claim; s: number }, b: { o: Claim; s: number }): boolean => a.s > b.s || (a.s === b.s && a.o.id < b.o.id);

/**
 * Claims that share topic tags, a speaker or a source, best first, excluding declared
 * neighbours. An inverted index by shared key limits scoring to claims that can qualify,
 * and the best few are kept in one pass instead of sorting every candidate.
 */
export function relatedFinder(all: readonly Claim[]): (claim: Claim, neighbours: ReadonlySet<string>) => Claim[] {
  const byKey = new Map<string, Claim[]>();
  for (const c of all) {
    for (const k of sharedKeys(c)) {
      const bucket = byKey.get(k);
      if (bucket) bucket.push(c);
      else byKey.set(k, [c]);
    }
  }
  return (claim, neighbours) => {
    const score = (o: Claim): number => {
      let s = 0;
      for (const t of o.tags) if (claim.tags.includes(t)) s += 3;
      if (o.by === claim.by) s += 2;
      if (o.sources[0] && o.sources[0] === claim.sources[0] && o.docPath !== claim.docPath) s += 1;
      if (o.camp && o.camp === claim.camp) s += 1;
      return s;
    };
    const seen = new Set<string>([claim.id]);
    const best: { o: Claim; s: number }[] = [];
    for (const key of sharedKeys(claim)) {
      for (const o of byKey.get(key) ?? []) {
        if (seen.has(o.id)) continue;
        seen.add(o.id);
        if (neighbours.has(o.id)) continue;
        const x = { o, s: score(o) };
        if (x.s < 2 || (best.length === MAX_RELATED && !better(x, best[MAX_RELATED - 1]!))) continue;
        let at = best.length;
        while (at > 0 && better(x, best[at - 1]!)) at -= 1;
        best.splice(at, 0, x);
        if (best.length > MAX_RELATED) best.pop();
      }
    }
    return best.map((x) => x.o);
  };
}

/** Stage 4: turns one locale's valid claims into the views the site renders. */
export function resolve(locale: Locale, claims: readonly Claim[], refsByPage: ReadonlyMap<string, readonly string[]>, pageDocs: readonly string[], lookup: Lookup): ResolvedLocale {
  const mine = claims.filter((c) => c.locale === locale);
  const byId = new Map(mine.map((c) => [c.id, c]));
  const edges = edgesOf(mine);
  const relatedOf = relatedFinder(mine);
  const speakerName = (id: string) => lookup.speakers.get(id)?.name[locale] ?? id;

  const summary = (c: Claim): ClaimSummary => ({
    id: c.id,
    text: c.text,
    speaker: speakerName(c.by),
    href: `${c.permalink}#${c.id}`,
    pageTitle: c.pageTitle,
  });
  const sourceView = (id: string): SourceView => {
    const s = lookup.sources.get(id);
    if (!s) return { id, title: id, authors: '', date: '', verification: 'via-article' };
    return {
      id,
      title: s.translatedTitle && locale !== 'zh-Hans' ? `${s.title} (${s.translatedTitle[locale]})` : s.title,
      authors: s.authors.length > 3 ? `${s.authors[0]} et al.` : s.authors.join(', '),
      publisher: s.publisher,
      date: s.date,
      url: s.url,
      verification: s.verification,
    };
  };

  // A claim as its docs page needs it, and with its statement's HTML for its own page.
  const pageViews = new Map<string, PageClaimView>();
  const views = new Map<string, ClaimView>();
  for (const c of mine) {
    const es = edges.get(c.id) ?? [];
    const neighbours = new Set(es.map((e) => e.target));
    const campName = c.camp ? lookup.campNames.get(c.camp)?.[locale] : undefined;
    const pageView: PageClaimView = {
      ...summary(c),
      speakerId: c.by,
      speakerRole: lookup.speakers.get(c.by)?.role[locale] ?? '',
      theme: c.theme,
      camp: c.camp ? { id: c.camp, name: campName ?? c.camp } : undefined,
      status: c.status,
      tags: c.tags,
      sources: c.sources.map(sourceView),
      edges: es.map((e) => ({ type: e.type, direction: e.direction, target: summary(byId.get(e.target)!) })),
      related: relatedOf(c, neighbours).map(summary),
      claimPage: `/claims/${c.id}`,
    };
    pageViews.set(c.id, pageView);
    views.set(c.id, { ...pageView, html: c.html });
  }

  const pages = new Map<string, PageGraphData>();
  const byPage = new Map<string, Claim[]>();
  for (const c of mine) {
    const list = byPage.get(c.docPath);
    if (list) list.push(c);
    else byPage.set(c.docPath, [c]);
  }
  for (const docPath of pageDocs) {
    const onPage = byPage.get(docPath) ?? [];
    const refs: ClaimSummary[] = [];
    for (const id of refsByPage.get(docPath) ?? []) {
      const target = byId.get(id);
      if (target) refs.push(summary(target));
    }
    pages.set(docPath, compactPageData(onPage.map((c) => pageViews.get(c.id)!), refs));
  }

  const entries: IndexEntry[] = mine.map((c) => ({
    id: c.id,
    text: c.text,
    html: c.html,
    speakerId: c.by,
    speaker: speakerName(c.by),
    theme: c.theme,
    camp: c.camp,
    campName: c.camp ? (lookup.campNames.get(c.camp)?.[locale] ?? c.camp) : undefined,
    status: c.status,
    sources: c.sources,
    pageTitle: c.pageTitle,
    href: `${c.permalink}#${c.id}`,
    tags: c.tags,
    relations: (edges.get(c.id) ?? []).map((e) => ({ type: e.type, direction: e.direction, target: e.target })),
  }));
  const used = <T,>(ids: Iterable<string>, f: (id: string) => T | undefined) => [...new Set(ids)].sort().flatMap((id) => { const v = f(id); return v ? [v] : []; });
  const index: ClaimsIndex = {
    locale,
    claims: entries,
    speakers: used(mine.map((c) => c.by), (id) => ({ id, name: speakerName(id) })),
    camps: used(mine.flatMap((c) => (c.camp ? [c.camp] : [])), (id) => ({ id, name: lookup.campNames.get(id)?.[locale] ?? id })),
    sources: used(mine.flatMap((c) => c.sources), (id) => ({ id, title: lookup.sources.get(id)?.title ?? id })),
  };
  return { locale, claims: views, pages, index };
}
