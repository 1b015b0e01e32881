import type { Camp, Stance, SupportLevel } from '../../data/camps.types';
import type { Locale } from '../../data/types';
import { STANCE_ORDER, SUPPORT_ORDER } from './labels';

export type SortKey = 'order' | 'name' | 'stance' | 'support';
export type SortDir = 'ascending' | 'descending';

/** Sorts camps by a column; ties keep the data file's order. */
export function sortCamps(camps: readonly Camp[], key: SortKey, dir: SortDir, locale: Locale): Camp[] {
  const pos = new Map(camps.map((c, i) => [c.id, i]));
  const value = (c: Camp): number | string => {
    switch (key) {
      case 'name': return c.name[locale];
      case 'stance': return STANCE_ORDER.indexOf(c.stance as Stance);
      case 'support': return SUPPORT_ORDER.indexOf(c.support as SupportLevel);
      default: return pos.get(c.id)!;
    }
  };
  const sign = dir === 'ascending' ? 1 : -1;
  return [...camps].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const cmp = typeof va === 'string' && typeof vb === 'string' ? va.localeCompare(vb, locale) : Number(va) - Number(vb);
    return cmp * sign || pos.get(a.id)! - pos.get(b.id)!;
  });
}

/** Keeps the camps whose text, in the reader's language, contains every word of the query. */
export function filterCamps(camps: readonly Camp[], query: string, stance: Stance | 'all', locale: Locale): Camp[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return camps.filter((c) => {
    if (stance !== 'all' && c.stance !== stance) return false;
    if (!words.length) return true;
    const hay = [c.name, c.members, c.pretraining, c.nextGains, c.evidence, c.interest, c.supportNote].map((l) => l[locale]).join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
