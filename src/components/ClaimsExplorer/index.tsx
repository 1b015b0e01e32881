import React, { useEffect, useMemo, useState } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { useHistory, useLocation } from '@docusaurus/router';
import type { ClaimsIndex } from '../../plugins/claims/views';
import { RELATION_TYPES, THEMES } from '../../plugins/claims/types';
import { relationLabel, themeLabel } from '../Claim/labels';
import { applyFilters, EMPTY_FILTERS, parseFilters, serialiseFilters, type Filters } from './filter';
import styles from './styles.module.css';

/** `/claims`: every claim, filtered as one types, with the filters in the URL. */
export default function ClaimsExplorer({ index }: { index: ClaimsIndex }) {
  const location = useLocation();
  const history = useHistory();
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  // The static HTML lists every claim; the URL's filters apply once the page is live.
  useEffect(() => setFilters(parseFilters(location.search)), [location.search]);
  const update = (patch: Partial<Filters>) => {
    const next = { ...filters, ...patch };
    setFilters(next);
    history.replace({ pathname: location.pathname, search: serialiseFilters(next), hash: '' });
  };
  const shown = useMemo(() => applyFilters(index.claims, filters), [index.claims, filters]);
  const active = serialiseFilters(filters) !== '';
  const select = (key: keyof Filters, label: string, options: readonly { value: string; label: string }[]) => (
    <label className={styles.field}>
      <span>{label}</span>
      <select value={filters[key]} onChange={(e) => update({ [key]: e.target.value } as Partial<Filters>)}>
        <option value="">{translate({ id: 'explorer.any', message: 'Any' })}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
  return (
    <Layout title={translate({ id: 'explorer.title', message: 'Claims explorer' })} description={translate({ id: 'explorer.description', message: 'Every claim in the scaling debate, who makes it, its source and how it relates to the others, filterable by keyword, theme, camp, speaker, source and relation.' })}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1><Translate id="explorer.heading">Claims explorer</Translate></h1>
        <p className={styles.lead}>
          <Translate id="explorer.lead">Every claim on the site in one list. Type to filter; the address bar keeps your filters, so a filtered view can be shared. Each claim links to its place in the argument and to its own page.</Translate>{' '}
          <Link to="/claims/graph"><Translate id="explorer.graphLink">See the whole graph</Translate></Link>{' · '}
          <a href={`claims.json`} download><Translate id="explorer.export">Download the graph (JSON)</Translate></a>
        </p>
        <form className={styles.filters} role="search" onSubmit={(e) => e.preventDefault()} aria-label={translate({ id: 'explorer.filters', message: 'Filter the claims' })}>
          <label className={`${styles.field} ${styles.q}`}>
            <span><Translate id="explorer.keyword">Keyword</Translate></span>
            <input type="search" value={filters.q} onChange={(e) => update({ q: e.target.value })} placeholder={translate({ id: 'explorer.placeholder', message: 'e.g. synthetic data, 幻觉, Chinchilla' })} />
          </label>
          {select('theme', translate({ id: 'explorer.theme', message: 'Theme' }), THEMES.map((t) => ({ value: t, label: themeLabel(t) })))}
          {select('camp', translate({ id: 'explorer.camp', message: 'Camp' }), index.camps.map((c) => ({ value: c.id, label: c.name })))}
          {select('speaker', translate({ id: 'explorer.speaker', message: 'Speaker' }), index.speakers.map((s) => ({ value: s.id, label: s.name })))}
          {select('source', translate({ id: 'explorer.source', message: 'Source' }), index.sources.map((s) => ({ value: s.id, label: s.title.length > 60 ? `${s.title.slice(0, 59)}…` : s.title })))}
          {select('rel', translate({ id: 'explorer.relation', message: 'Has relation' }), RELATION_TYPES.map((r) => ({ value: r, label: relationLabel(r, 'out') })))}
          {active && (
            <button type="button" className={styles.clear} onClick={() => update(EMPTY_FILTERS)}>
              <Translate id="explorer.clear">Clear filters</Translate>
            </button>
          )}
        </form>
        <p className={styles.count} aria-live="polite" role="status">
          {translate({ id: 'explorer.count', message: '{n} of {total} claims' }).replace('{n}', String(shown.length)).replace('{total}', String(index.claims.length))}
        </p>
        {/* The list repeats every claim, each already indexed on its own page. */}
        <ol className={`${styles.list} sw-noindex`}>
          {shown.map((c) => (
            <li key={c.id} className={styles.item} data-theme-group={c.theme}>
              <div className={styles.meta}>
                <span className={styles.theme}>{themeLabel(c.theme)}</span>
                <span className={styles.speaker}>{c.speaker}</span>
                {c.campName && <span className={styles.camp}>{c.campName}</span>}
                <code className={styles.id}>{c.id}</code>
              </div>
              <p className={styles.text}>
                {/* Statement HTML is built and escaped at build time (statement.ts). */}
                <Link to={`/claims/${c.id}`} dangerouslySetInnerHTML={{ __html: c.html }} />
              </p>
              <div className={styles.links}>
                <Link to={c.href}><Translate id="explorer.inContext">In context</Translate>: {c.pageTitle}</Link>
                {c.relations.length > 0 && (
                  <span className={styles.rels}>
                    {RELATION_TYPES.map((t) => {
                      const n = c.relations.filter((r) => r.type === t).length;
                      return n ? <span key={t} data-rel={t}>{relationLabel(t, 'out')} ×{n}</span> : null;
                    })}
                  </span>
                )}
              </div>
            </li>
          ))}
        </ol>
        {shown.length === 0 && <p><Translate id="explorer.none">No claim matches these filters.</Translate></p>}
      </main>
    </Layout>
  );
}
