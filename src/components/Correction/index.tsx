import React, { type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import CopyLink from '../CopyLink';
import styles from './styles.module.css';

export interface CorrectionProps {
  /** Anchor id, `fix-…`. */
  readonly id: string;
  /** Bibliography id of the primary source that settles it (resolved at build time). */
  readonly source: string;
  readonly sourceTitle?: string;
  readonly sourceUrl?: string;
  readonly children: ReactNode;
}

/** A visible note where a source article is wrong or loose, with the primary source. */
export default function Correction({ id, source, sourceTitle, sourceUrl, children }: CorrectionProps) {
  useBrokenLinks().collectAnchor(id);
  const label = translate({ id: 'correction.label', message: 'correction {id}' }).replace('{id}', id);
  return (
    <aside id={id} className={styles.correction} aria-label={label}>
      <div className={styles.head}>
        <span className={styles.title}><Translate id="correction.title">Correction</Translate></span>
        <CopyLink target={id} label={label} />
      </div>
      <div className={styles.body}>{children}</div>
      <p className={styles.source}>
        <Translate id="correction.primary">Primary source:</Translate>{' '}
        {sourceUrl ? <a href={sourceUrl} rel="noopener noreferrer" target="_blank">{sourceTitle ?? source}</a> : <cite>{sourceTitle ?? source}</cite>}
      </p>
    </aside>
  );
}
