import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface QuoteProps {
  /** Speaker id (src/data/speakers.ts); resolved at build time into `speakerName`. */
  readonly by: string;
  /** Bibliography id (src/data/sources.ts); resolved at build time into `sourceTitle`/`sourceUrl`. */
  readonly source: string;
  /** BCP 47 tag of the original words, e.g. "en". */
  readonly lang: string;
  /** Our own rendering into the page's language, when the original is in another language. */
  readonly translation?: string;
  readonly speakerName?: string;
  readonly sourceTitle?: string;
  readonly sourceUrl?: string;
  readonly children: ReactNode;
}

/** One attributed sentence in its original words, with our translation where needed. */
export default function Quote({ by, lang, translation, speakerName, sourceTitle, sourceUrl, children }: QuoteProps) {
  return (
    <figure className={styles.quote}>
      <blockquote lang={lang} className={styles.original}>{children}</blockquote>
      {translation && (
        <p className={styles.translation}>
          <span className={styles.tlabel}><Translate id="quote.translation">Our translation:</Translate></span> {translation}
        </p>
      )}
      <figcaption className={styles.caption}>
        — {speakerName ?? by}, {sourceUrl ? <a href={sourceUrl} rel="noopener noreferrer" target="_blank">{sourceTitle}</a> : <cite>{sourceTitle}</cite>}
      </figcaption>
    </figure>
  );
}
