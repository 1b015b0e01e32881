import path from 'node:path';
import type { Locale } from '../../data/types';
import { LOCALES } from '../../data/types';
import { DOCS_ROOTS } from './collect';
import type { Claim, Collected, Problem } from './types';
import { CLAIM_ID, RELATION_TYPES, RESERVED_IDS, STATUSES } from './types';

/** The ids that claims may point at outside the claim graph. */
export interface Registries {
  readonly speakers: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  readonly camps: ReadonlySet<string>;
}

const otherLocale = (l: Locale): Locale => (l === 'en' ? 'zh-Hans' : 'en');
const twinFile = (docPath: string, locale: Locale): string => path.join(DOCS_ROOTS[locale], docPath);
const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Stage 3: every rule of the claim model. Returns all problems at once, each with its
 * place, so that one build run lists everything there is to fix.
 */
export function validate(collected: Collected, claims: readonly Claim[], reg: Registries): Problem[] {
  const problems: Problem[] = [];
  const at = (c: { place: Claim['place'] }, message: string) => problems.push({ place: c.place, message });

  const byLocale = new Map<Locale, Map<string, Claim>>(LOCALES.map((l) => [l, new Map()]));
  for (const c of claims) {
    if (!c.id) {
      at(c, '<Claim> has no id: add id="kebab-case-id" (it becomes the anchor and the claim page URL)');
      continue;
    }
    if (!CLAIM_ID.test(c.id)) {
      at(c, `claim id "${c.id}" is malformed: use lower-case ASCII letters, digits and single hyphens, like "cs-dai-defined"`);
      continue;
    }
    if (RESERVED_IDS.includes(c.id)) at(c, `claim id "${c.id}" is reserved for a page under /claims/: choose another id`);
    const seen = byLocale.get(c.locale)!;
    const first = seen.get(c.id);
    if (first) at(c, `duplicate claim id "${c.id}": already used at ${first.place.file}:${first.place.line}`);
    else seen.set(c.id, c);
  }

  for (const c of claims) {
    if (!c.id || !CLAIM_ID.test(c.id)) continue;
    if (!c.by) at(c, `claim "${c.id}" names no speaker: add by="speaker-id" (see src/data/speakers.ts)`);
    else if (!reg.speakers.has(c.by)) at(c, `claim "${c.id}": unknown speaker "${c.by}"; add it to src/data/speakers.ts or fix the id`);
    if (c.sources.length === 0) at(c, `claim "${c.id}" cites no source: add source="bibliography-id" (see src/data/sources.ts)`);
    for (const s of c.sources) if (!reg.sources.has(s)) at(c, `claim "${c.id}": unknown source "${s}"; add it to src/data/sources.ts or fix the id`);
    if (c.camp !== undefined && !reg.camps.has(c.camp)) at(c, `claim "${c.id}": unknown camp "${c.camp}" (see src/data/camps.ts)`);
    if (c.status !== undefined && !(STATUSES as readonly string[]).includes(c.status)) at(c, `claim "${c.id}": status "${c.status}" is not one of ${STATUSES.join(', ')}`);
    if (!c.text) at(c, `claim "${c.id}" has no statement: write it between <Claim ...> and </Claim>`);
    const here = byLocale.get(c.locale)!;
    for (const type of RELATION_TYPES) {
      for (const target of c.relations[type]) {
        if (target === c.id) at(c, `claim "${c.id}" ${type} itself: a relation needs another claim`);
        else if (!here.has(target)) at(c, `claim "${c.id}" ${type} "${target}", which is not a claim${CLAIM_ID.test(target) ? ` in the ${c.locale} pages` : ' id (malformed)'}`);
      }
    }
    // The twin in the other locale: present, on the same page, with the same attributes.
    const other = otherLocale(c.locale);
    const twin = byLocale.get(other)!.get(c.id);
    if (!twin) {
      at(c, `claim "${c.id}" has no ${other} twin: add the same <Claim id="${c.id}" ...> to ${twinFile(c.docPath, other)}`);
    } else if (c.locale === 'en') {
      if (twin.docPath !== c.docPath) at(c, `claim "${c.id}" is on ${c.docPath} in en but on ${twin.docPath} in ${other}: keep both on the same page`);
      const diffs: string[] = [];
      if (twin.by !== c.by) diffs.push('by');
      if (!sameList(twin.sources, c.sources)) diffs.push('source');
      if (twin.camp !== c.camp) diffs.push('camp');
      if (twin.status !== c.status) diffs.push('status');
      for (const t of RELATION_TYPES) if (!sameList([...twin.relations[t]].sort(), [...c.relations[t]].sort())) diffs.push(t);
      if (diffs.length) at(twin, `claim "${c.id}" differs from its en twin (${c.place.file}:${c.place.line}) in: ${diffs.join(', ')}; only the statement may differ`);
    }
  }

  for (const r of collected.refs) {
    const here = byLocale.get(r.locale)!;
    if (!here.has(r.target)) problems.push({ place: r.place, message: `[[${r.target}]] refers to no claim in the ${r.locale} pages` });
  }

  // Anchors: unique per page, never equal to a claim id on that page, present in both locales.
  const anchorKey = (l: Locale, doc: string, id: string) => `${l}\u0000${doc}\u0000${id}`;
  const anchorSet = new Map<string, Collected['anchors'][number]>();
  const anchors = collected.anchors.flatMap((a) => (a.kind === 'camp-row' && a.id === 'camp-*' ? [...reg.camps].map((c) => ({ ...a, id: `camp-${c}` })) : [a]));
  for (const a of anchors) {
    if (a.kind === 'camp-row' && !reg.camps.has(a.id.slice('camp-'.length))) {
      problems.push({ place: a.place, message: `<CampTable only>: unknown camp "${a.id.slice('camp-'.length)}" (see src/data/camps.ts)` });
      continue;
    }
    const key = anchorKey(a.locale, a.docPath, a.id);
    const prior = anchorSet.get(key);
    if (!CLAIM_ID.test(a.id)) problems.push({ place: a.place, message: `${a.kind} id "${a.id}" is malformed: use ASCII kebab-case` });
    if (prior) problems.push({ place: a.place, message: `${a.kind} id "${a.id}" is used twice on this page (also ${prior.place.file}:${prior.place.line})` });
    else anchorSet.set(key, a);
    const clash = byLocale.get(a.locale)!.get(a.id);
    if (clash && clash.docPath === a.docPath) problems.push({ place: a.place, message: `${a.kind} id "${a.id}" is also a claim id on this page: anchors must be unique` });
  }
  for (const a of anchors) {
    const other = otherLocale(a.locale);
    if (!anchorSet.has(anchorKey(other, a.docPath, a.id))) {
      problems.push({ place: a.place, message: `${a.kind} id "${a.id}" has no counterpart in ${twinFile(a.docPath, other)}: ids must match across locales` });
    }
  }

  // Links to this site's paths: the page must exist, and so must the anchor on it.
  const norm = (p: string) => (p.length > 1 ? p.replace(/\/$/, '') : p);
  const pageByPath = new Map(collected.pages.map((p) => [`${p.locale}:${norm(p.permalink)}`, p]));
  const pluginRoutes = new Set(['/claims', '/claims/graph', '/search']);
  for (const l of collected.links) {
    const [rawPath, hash] = l.url.split('#') as [string, string | undefined];
    const target = norm(decodeURI(rawPath.split('?')[0]));
    const claimPage = /^\/claims\/([^/]+)$/.exec(target);
    if (claimPage && target !== '/claims/graph') {
      if (!byLocale.get(l.locale)!.has(claimPage[1])) problems.push({ place: l.place, message: `link to ${l.url}: there is no claim "${claimPage[1]}"` });
      continue;
    }
    if (pluginRoutes.has(target)) continue;
    const page = pageByPath.get(`${l.locale}:${target}`);
    if (!page) {
      problems.push({ place: l.place, message: `link to ${l.url}: no page of the site has the path ${target} (links use the page path without .mdx, e.g. /limits/degenerative-ai)` });
      continue;
    }
    if (hash) {
      const id = decodeURIComponent(hash);
      const onPage = anchorSet.has(anchorKey(l.locale, page.docPath, id)) || byLocale.get(l.locale)!.get(id)?.docPath === page.docPath;
      if (!onPage) problems.push({ place: l.place, message: `link to ${l.url}: ${page.docPath} has no heading, claim, formula or other anchor "${id}"` });
    }
  }

  // Routes: no two pages of a locale share a path; each page of a clash is named.
  const byPath = new Map<string, Collected['pages'][number][]>();
  for (const p of collected.pages) {
    const key = `${p.locale}:${norm(p.permalink)}`;
    byPath.set(key, [...(byPath.get(key) ?? []), p]);
  }
  for (const group of byPath.values()) {
    if (group.length < 2) continue;
    for (const p of group) {
      const others = group.filter((o) => o !== p).map((o) => o.docPath).join(', ');
      problems.push({ place: p.place, message: `duplicate route ${p.permalink}: also the path of ${others}; change the file name or its slug` });
    }
  }

  // Pages: every page exists in both locales.
  const pageKeys = new Set(collected.pages.map((p) => `${p.locale}:${p.docPath}`));
  for (const p of collected.pages) {
    const other = otherLocale(p.locale);
    if (!pageKeys.has(`${other}:${p.docPath}`)) {
      problems.push({ place: { file: path.join(DOCS_ROOTS[p.locale], p.docPath), line: 1, column: 1 }, message: `page has no ${other} translation: add ${twinFile(p.docPath, other)} (same name and extension)` });
    }
  }
  return problems;
}

/** One line per problem, `file:line:col: message`, sorted by place. */
export function formatProblems(problems: readonly Problem[], siteDir?: string): string {
  const rel = (f: string) => (siteDir && path.isAbsolute(f) ? path.relative(siteDir, f) : f);
  return [...problems]
    .sort((a, b) => rel(a.place.file).localeCompare(rel(b.place.file)) || a.place.line - b.place.line || a.place.column - b.place.column)
    .map((p) => `${rel(p.place.file)}:${p.place.line}:${p.place.column}: ${p.message}`)
    .join('\n');
}
