import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { PageClaimView } from '../../plugins/claims/views';
import { useClaimGraph } from '../ClaimGraph';
import { pageClaimView } from '../../plugins/claims/page-data';
import CopyLink from '../CopyLink';
import Cite from '../Cite';
import SourceLine from './SourceLine';
import Relations from './Relations';
import { statusLabel } from './labels';
import styles from './styles.module.css';

export interface ClaimProps {
  readonly id: string;
  /** Speaker id; the build checks it and the generated data carries the name. */
  readonly by: string;
  readonly source: string | readonly string[];
  readonly camp?: string;
  readonly status?: string;
  readonly supports?: readonly string[];
  readonly contradicts?: readonly string[];
  readonly refines?: readonly string[];
  readonly tags?: readonly string[];
  /** Set by the remark step when the statement is one paragraph, unwrapped so it can be a heading. */
  readonly inline?: string;
  readonly children: ReactNode;
}

/** Body of a claim wherever it is shown: statement, speaker, source, relations. */
export function ClaimCard({ view, children, headingLevel = 'div' }: { view: PageClaimView; children: ReactNode; headingLevel?: 'h1' | 'h3' | 'div' }) {
  const Statement = headingLevel;
  return (
    <>
      <header className={styles.head}>
        <span className={styles.speaker}>
          <span className={styles.by}>{view.speaker}</span>
          {view.speakerRole && <span className={styles.role}>{view.speakerRole}</span>}
        </span>
        <span className={styles.badges}>
          {view.status && <span className={styles.badge} data-status={view.status}>{statusLabel(view.status)}</span>}
          {view.camp && <span className={styles.camp}>{view.camp.name}</span>}
        </span>
      </header>
      <Statement className={styles.body}>{children}</Statement>
      <footer className={styles.foot}>
        <SourceLine sources={view.sources} />
        <Relations edges={view.edges} related={view.related} />
      </footer>
    </>
  );
}

/**
 * One claim, where it is argued. Its id is the anchor (`#id`) and the key of its page
 * (`/claims/id`); the relations both ways come from the build-time claims graph.
 */
export default function Claim({ id, inline, children }: ClaimProps) {
  useBrokenLinks().collectAnchor(id);
  const view = pageClaimView(useClaimGraph(), id);
  const label = translate({ id: 'claim.label', message: 'claim {id}' }).replace('{id}', id);
  return (
    <article id={id} className={styles.claim} aria-label={label} data-claim-id={id}>
      <div className={styles.tools}>
        <span className={styles.idTag}>{id}</span>
        <CopyLink target={id} label={label} />
        {view && <Cite kind="claim" id={id} title={view.text} author={view.speaker} path={view.claimPage} />}
        {view && (
          <Link className={styles.pageLink} to={view.claimPage}>
            <Translate id="claim.pageLink">Claim page</Translate>
          </Link>
        )}
      </div>
      {view ? (
        <ClaimCard view={view} headingLevel={inline ? 'h3' : 'div'}>
          {children}
          {inline && (
            <a className={`hash-link ${styles.statementLink}`} href={`#${id}`} aria-label={translate({ id: 'copyLink.anchor', message: 'Link to {label}' }).replace('{label}', label)} tabIndex={-1}>
              {'\u200b'}
            </a>
          )}
        </ClaimCard>
      ) : (
        <div className={styles.body}>{children}</div>
      )}
    </article>
  );
}
