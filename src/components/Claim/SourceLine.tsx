import React from 'react';
import Translate from '@docusaurus/Translate';
import type { SourceView } from '../../plugins/claims/views';
import styles from './styles.module.css';

/** "Source: Title (Authors, date)", linked to the primary material where it exists. */
export default function SourceLine({ sources }: { sources: readonly SourceView[] }) {
  if (!sources.length) return null;
  return (
    <p className={styles.source}>
      <span className={styles.relLabel}>
        <Translate id="claim.source">Source</Translate>
      </span>{' '}
      {sources.map((s, i) => (
        <React.Fragment key={s.id}>
          {i > 0 && '; '}
          {s.url ? (
            <a href={s.url} rel="noopener noreferrer" target="_blank">{s.title}</a>
          ) : (
            <cite>{s.title}</cite>
          )}
          <span className={styles.meta}> ({[s.authors, s.publisher, s.date].filter(Boolean).join(', ')})</span>
        </React.Fragment>
      ))}
    </p>
  );
}
