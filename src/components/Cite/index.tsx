import React, { useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { bibtexEntry, plainCitation } from './format';
import styles from './styles.module.css';

export interface CiteProps {
  readonly kind: 'claim' | 'page';
  readonly id: string;
  readonly title: string;
  readonly author: string;
  /** Path of the permanent page, without locale prefix. */
  readonly path: string;
}

/** "Cite": a plain-text citation and a BibTeX entry with the permanent URL, in a disclosure. */
export default function Cite({ kind, id, title, author, path }: CiteProps) {
  const { siteConfig } = useDocusaurusContext();
  const url = `${siteConfig.url}${useBaseUrl(path)}`;
  const [open, setOpen] = useState(false);
  const year = '2026';
  const entry = { key: `scalingwall-${id}`, title, author, url, year, site: siteConfig.title, kind };
  return (
    <details className={styles.cite} data-kind={kind} open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary className={styles.summary} aria-label={translate({ id: 'cite.aria', message: 'Cite {id}' }).replace('{id}', id)}>
        <Translate id="cite.summary">Cite</Translate>
      </summary>
      {open && (
        <div className={styles.panel}>
          <p className={styles.label}><Translate id="cite.plain">Plain text</Translate></p>
          <pre className={styles.pre} tabIndex={0}>{plainCitation(entry)}</pre>
          <p className={styles.label}>BibTeX</p>
          <pre className={styles.pre} tabIndex={0}>{bibtexEntry(entry)}</pre>
        </div>
      )}
    </details>
  );
}
