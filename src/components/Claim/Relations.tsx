import React from 'react';
import Translate from '@docusaurus/Translate';
import type { ClaimSummary, EdgeView } from '../../plugins/claims/views';
import ClaimLink from '../ClaimRef/ClaimLink';
import { EDGE_ORDER, relationLabel } from './labels';
import styles from './styles.module.css';

/** The typed relations of one claim, both directions, then the suggested related claims. */
export default function Relations({ edges, related }: { edges: readonly EdgeView[]; related: readonly ClaimSummary[] }) {
  const groups = EDGE_ORDER.map(([type, direction]) => ({ type, direction, items: edges.filter((e) => e.type === type && e.direction === direction) })).filter((g) => g.items.length);
  if (!groups.length && !related.length) return null;
  return (
    <div className={`${styles.relations} sw-noindex`}>
      {groups.map((g) => (
        <div key={`${g.type}-${g.direction}`} className={styles.group} data-relation={g.type}>
          <span className={styles.relLabel}>{relationLabel(g.type, g.direction)}</span>
          <ul className={styles.relList}>
            {g.items.map((e) => (
              <li key={e.target.id}><ClaimLink claim={e.target} /></li>
            ))}
          </ul>
        </div>
      ))}
      {related.length > 0 && (
        <div className={styles.group} data-relation="related">
          <span className={styles.relLabel}><Translate id="claim.rel.related">Related</Translate></span>
          <ul className={styles.relList}>
            {related.map((r) => (
              <li key={r.id}><ClaimLink claim={r} /></li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
