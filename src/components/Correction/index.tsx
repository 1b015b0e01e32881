import React, { type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { SOURCES } from '../../data/sources';
import CopyLink from '../CopyLink';
import styles from './styles.module.css';

export interface CorrectionProps {
  /** Anchor id, `fix-…`. */
  readonly id: string;
  /** Bibliography id of the primary source that settles it. */
  readonly source: string;
  readonly children: ReactNode;
}

/** A visible note where a source article is wrong or loose, with the primary source. */
export default function Correction({ id, source, children }: CorrectionProps) {
  useBrokenLinks().collectAnchor(id);
  const src = SOURCES.get(source);
  if (!src) throw new Error(`<Correction id="${id}" source="${source}">: unknown source (see src/data/sources.ts)`);
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
        {src.url ? <a href={src.url} rel="noopener noreferrer" target="_blank">{src.title}</a> : <cite>{src.title}</cite>}
      </p>
    </aside>
  );
}
