import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import { SPEAKERS } from '../../data/speakers';
import { SOURCES } from '../../data/sources';
import { useCurrentLocale } from '../useCurrentLocale';
import styles from './styles.module.css';

export interface QuoteProps {
  /** Speaker id (src/data/speakers.ts). */
  readonly by: string;
  /** Bibliography id (src/data/sources.ts). */
  readonly source: string;
  /** BCP 47 tag of the original words, e.g. "en". */
  readonly lang: string;
  /** Our own rendering into the page's language, when the original is in another language. */
  readonly translation?: string;
  readonly children: ReactNode;
}

/** One attributed sentence in its original words, with our translation where needed. */
export default function Quote({ by, source, lang, translation, children }: QuoteProps) {
  const locale = useCurrentLocale();
  const speaker = SPEAKERS.get(by);
  const src = SOURCES.get(source);
  if (!speaker) throw new Error(`<Quote by="${by}">: unknown speaker (see src/data/speakers.ts)`);
  if (!src) throw new Error(`<Quote source="${source}">: unknown source (see src/data/sources.ts)`);
  return (
    <figure className={styles.quote}>
      <blockquote lang={lang} className={styles.original}>{children}</blockquote>
      {translation && (
        <p className={styles.translation}>
          <span className={styles.tlabel}><Translate id="quote.translation">Our translation:</Translate></span> {translation}
        </p>
      )}
      <figcaption className={styles.caption}>
        — {speaker.name[locale]}, {src.url ? <a href={src.url} rel="noopener noreferrer" target="_blank">{src.title}</a> : <cite>{src.title}</cite>}
      </figcaption>
    </figure>
  );
}
