import type { IndexEntry } from '../../plugins/claims/views';
import type { RelationType } from '../../plugins/claims/types';

export interface Filters {
  readonly q: string;
  readonly theme: string;
  readonly camp: string;
  readonly speaker: string;
  readonly source: string;
  readonly rel: RelationType | '';
}

export const EMPTY_FILTERS: Filters = { q: '', theme: '', camp: '', speaker: '', source: '', rel: '' };
const KEYS = Object.keys(EMPTY_FILTERS) as (keyof Filters)[];

/** Reads the filters from a query string (`?q=…&theme=…`); unknown keys are ignored. */
export function parseFilters(search: string): Filters {
  const p = new URLSearchParams(search);
  const get = (k: keyof Filters) => p.get(k) ?? '';
  const rel = get('rel');
  return { q: get('q'), theme: get('theme'), camp: get('camp'), speaker: get('speaker'), source: get('source'), rel: rel === 'supports' || rel === 'contradicts' || rel === 'refines' ? rel : '' };
}

/** The query string for a set of filters, with empty ones left out, so a filtered view is a link. */
export function serialiseFilters(f: Filters): string {
  const p = new URLSearchParams();
  for (const k of KEYS) if (f[k]) p.set(k, f[k]);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Lower-cased search text of a claim: statement, id, speaker, camp and page. */
const haystack = (c: IndexEntry) => [c.id, c.text, c.speaker, c.campName ?? '', c.pageTitle, c.tags.join(' ')].join(' ').toLowerCase();

/**
 * Keeps the claims that match every filter. The keyword is split on spaces and every
 * word must appear; substring matching also serves Chinese, which has no spaces.
 */
export function applyFilters(claims: readonly IndexEntry[], f: Filters): IndexEntry[] {
  const words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
  return claims.filter((c) => {
    if (f.theme && c.theme !== f.theme) return false;
    if (f.camp && c.camp !== f.camp) return false;
    if (f.speaker && c.speakerId !== f.speaker) return false;
    if (f.source && !c.sources.includes(f.source)) return false;
    if (f.rel && !c.relations.some((r) => r.type === f.rel)) return false;
    if (words.length) {
      const h = haystack(c);
      if (!words.every((w) => h.includes(w))) return false;
    }
    return true;
  });
}
