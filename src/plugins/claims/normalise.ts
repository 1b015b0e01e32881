import type { Claim, Collected, Problem, RawClaim, RelationType, Theme } from './types';
import { RELATION_TYPES } from './types';
import { parseIdList } from './ids';

export { parseIdList };

export function themeOf(docPath: string): Theme {
  const first = docPath.split('/')[0];
  return first === 'limits' || first === 'camps' || first === 'strategies' ? first : 'overview';
}


/** Stage 2: gives each raw claim its typed fields; attributes that cannot be read become problems. */
export function normalise(collected: Collected): { claims: Claim[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const pageOf = new Map(collected.pages.map((p) => [`${p.locale}:${p.docPath}`, p]));
  const claims: Claim[] = [];
  for (const raw of collected.claims) {
    const claim = normaliseOne(raw, pageOf.get(`${raw.locale}:${raw.docPath}`), problems);
    if (claim) claims.push(claim);
  }
  return { claims, problems };
}

function normaliseOne(raw: RawClaim, page: Collected['pages'][number] | undefined, problems: Problem[]): Claim | undefined {
  const a = raw.attributes;
  const str = (name: string): string | undefined => {
    const v = a[name];
    if (v === undefined) return undefined;
    if (v === true || v.startsWith('{')) {
      const list = parseIdList(v);
      if (list && list.length === 1) return list[0];
      problems.push({ place: raw.place, message: `<Claim ${name}>: write ${name}="value" as a plain string` });
      return undefined;
    }
    return v;
  };
  const list = (name: string): string[] => {
    const parsed = parseIdList(a[name]);
    if (parsed === undefined) {
      problems.push({ place: raw.place, message: `<Claim ${name}>: write ${name}={["id-one", "id-two"]}, a list of quoted ids` });
      return [];
    }
    return parsed;
  };
  const relations = Object.fromEntries(RELATION_TYPES.map((t) => [t, list(t)])) as Record<RelationType, string[]>;
  return {
    id: str('id') ?? '',
    place: raw.place,
    locale: raw.locale,
    docPath: raw.docPath,
    permalink: page?.permalink ?? '/',
    pageTitle: page?.title ?? raw.docPath,
    theme: themeOf(raw.docPath),
    by: str('by') ?? '',
    sources: list('source'),
    camp: str('camp'),
    status: str('status'),
    tags: list('tags'),
    relations,
    text: raw.text,
    html: raw.html,
  };
}
