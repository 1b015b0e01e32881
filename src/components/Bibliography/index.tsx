import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { SOURCE_LIST } from '../../data/sources';
import type { Source, SourceKind } from '../../data/types';
import { useCurrentLocale } from '../useCurrentLocale';
import CopyLink from '../CopyLink';
import styles from './styles.module.css';

const isSeed = (s: Source) => s.id.startsWith('seed-');
const GROUPS: readonly { match: (s: Source) => boolean; id: string; label: () => string }[] = [
  { match: isSeed, id: 'source-articles', label: () => translate({ id: 'bib.articles', message: 'The five source articles' }) },
  { match: (s) => !isSeed(s) && (['paper', 'report', 'book'] as SourceKind[]).includes(s.kind), id: 'papers', label: () => translate({ id: 'bib.papers', message: 'Papers and technical reports' }) },
  { match: (s) => !isSeed(s) && (['announcement', 'post', 'talk', 'article'] as SourceKind[]).includes(s.kind), id: 'posts', label: () => translate({ id: 'bib.posts', message: 'Announcements, posts and talks' }) },
  { match: (s) => !isSeed(s) && s.kind === 'podcast', id: 'podcasts', label: () => translate({ id: 'bib.podcasts', message: 'Podcasts and interviews' }) },
];

function verificationLabel(v: Source['verification']): string {
  switch (v) {
    case 'confirmed': return translate({ id: 'bib.v.confirmed', message: 'checked at the primary source' });
    case 'secondary': return translate({ id: 'bib.v.secondary', message: 'checked through a secondary source' });
    default: return translate({ id: 'bib.v.article', message: 'known only through the source article' });
  }
}

function Entry({ s }: { s: Source }) {
  const locale = useCurrentLocale();
  useBrokenLinks().collectAnchor(s.id);
  const translated = s.translatedTitle?.[locale];
  return (
    <li id={s.id} className={styles.entry}>
      <div className={styles.line}>
        {s.url ? <a href={s.url} rel="noopener noreferrer" target="_blank" className={styles.title}>{s.title}</a> : <cite className={styles.title}>{s.title}</cite>}
        <CopyLink target={s.id} label={s.id} />
      </div>
      {translated && translated !== s.title && <div className={styles.translated}>{translated}</div>}
      <div className={styles.meta}>
        {[s.authors.length > 4 ? `${s.authors.slice(0, 3).join(', ')} et al.` : s.authors.join(', '), s.publisher, s.date].filter(Boolean).join(' · ')}
      </div>
      <div className={styles.meta}>
        <code>{s.id}</code> · <span data-verification={s.verification}>{verificationLabel(s.verification)}</span>
        {!s.url && <> · <Translate id="bib.noLink">no primary link</Translate></>}
      </div>
      {s.note && <p className={styles.note}>{s.note[locale]}</p>}
    </li>
  );
}

/** The site's one bibliography, grouped by kind; every entry answers to `#source-id`. */
export default function Bibliography() {
  return (
    <div className={styles.bib}>
      {GROUPS.map((g) => {
        const items = SOURCE_LIST.filter(g.match);
        if (!items.length) return null;
        return (
          <section key={g.id} aria-labelledby={`bib-${g.id}`}>
            <h2 id={`bib-${g.id}`} className={styles.group}>{g.label()}</h2>
            <ol className={styles.list}>{items.map((s) => <Entry key={s.id} s={s} />)}</ol>
          </section>
        );
      })}
    </div>
  );
}
