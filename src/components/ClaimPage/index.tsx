import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { useLocation } from '@docusaurus/router';
import type { ClaimView } from '../../plugins/claims/views';
import { ClaimCard } from '../Claim';
import CopyLink from '../CopyLink';
import Cite from '../Cite';
import NotFoundContent from '@theme/NotFound/Content';
import Neighbourhood from './Neighbourhood';
import { DATA_ELEMENT_ID, scriptJson, useClaimView } from './claim-data';
import { themeLabel } from '../Claim/labels';
import styles from './styles.module.css';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * `/claims/<id>`: a claim's permanent page, with its own title and description for link
 * previews. The id in the path picks the claim; see claim-data.ts for where its data
 * comes from.
 */
export default function ClaimPage({ claims }: { claims?: Readonly<Record<string, ClaimView>> }) {
  const { pathname } = useLocation();
  const id = decodeURIComponent(pathname.replace(/\/$/, '').split('/').pop() ?? '');
  const claim = useClaimView(id, claims);
  if (claim === null) {
    return (
      <Layout title={translate({ id: 'theme.NotFound.title', message: 'Page Not Found' })}>
        <NotFoundContent />
      </Layout>
    );
  }
  if (claim === undefined) {
    return (
      <Layout>
        <main className={`container margin-vert--lg ${styles.page}`} aria-busy="true">
          <p><Translate id="claimPage.loading">Loading the claim…</Translate></p>
        </main>
      </Layout>
    );
  }
  const title = `${claim.speaker}: ${clip(claim.text, 70)}`;
  const description = clip(`${claim.text} (${claim.speaker}; ${claim.sources[0]?.title ?? ''})`, 200);
  return (
    <Layout title={title} description={description}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <nav className={styles.crumbs} aria-label={translate({ id: 'claimPage.breadcrumbs', message: 'Breadcrumbs' })}>
          <Link to="/claims"><Translate id="claimPage.all">All claims</Translate></Link>
          <span aria-hidden="true"> / </span>
          <span>{themeLabel(claim.theme)}</span>
          <span aria-hidden="true"> / </span>
          <code>{claim.id}</code>
        </nav>
        <article className={styles.card} aria-labelledby="claim-statement">
          <div className={styles.tools}>
            <CopyLink target={claim.claimPage} label={claim.id} />
            <Cite kind="claim" id={claim.id} title={claim.text} author={claim.speaker} path={claim.claimPage} />
            <Link to={claim.href} className={styles.context}>
              <Translate id="claimPage.inContext">Read it in context</Translate>: {claim.pageTitle} →
            </Link>
          </div>
          <ClaimCard view={claim} headingLevel="h1">
            {/* Built from the author's markdown at build time, every text node escaped (see statement.ts). */}
            <span id="claim-statement" dangerouslySetInnerHTML={{ __html: claim.html }} />
          </ClaimCard>
        </article>
        <section className={`${styles.neighbourhood} sw-noindex`} aria-labelledby="neighbourhood-title">
          <h2 id="neighbourhood-title"><Translate id="claimPage.neighbourhood">Its neighbourhood in the claims graph</Translate></h2>
          <Neighbourhood claim={claim} />
        </section>
        <script type="application/json" id={DATA_ELEMENT_ID} data-id={claim.id} dangerouslySetInnerHTML={{ __html: scriptJson(claim) }} />
      </main>
    </Layout>
  );
}
