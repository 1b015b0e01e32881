import React from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import type { ClaimView } from '../../plugins/claims/views';
import { relationLabel } from '../Claim/labels';
import styles from './styles.module.css';

const W = 640;
const H = 360;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A radial picture of one claim and the claims it is related to, drawn on the server. */
export default function Neighbourhood({ claim }: { claim: ClaimView }) {
  const items = [...claim.edges.map((e) => ({ id: e.target.id, text: e.target.text, label: relationLabel(e.type, e.direction), type: e.type, href: `/claims/${e.target.id}` })),
    ...claim.related.map((r) => ({ id: r.id, text: r.text, label: translate({ id: 'claim.rel.related', message: 'Related' }), type: 'related', href: `/claims/${r.id}` }))];
  if (!items.length) {
    return <p>{translate({ id: 'claimPage.alone', message: 'No other claim is linked to this one yet.' })}</p>;
  }
  const cx = W / 2;
  const cy = H / 2;
  const r = Math.min(W, H) / 2 - 40;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className={styles.graph} role="group" aria-label={translate({ id: 'claimPage.graphLabel', message: '{n} claims linked to this one' }).replace('{n}', String(items.length))}>
      {items.map((it, i) => {
        const a = (2 * Math.PI * i) / items.length - Math.PI / 2;
        const x = cx + r * Math.cos(a) * 1.45;
        const y = cy + r * Math.sin(a);
        return (
          <g key={it.id} className={styles.edge} data-type={it.type}>
            <line x1={cx} y1={cy} x2={x} y2={y} />
            <Link to={it.href} aria-label={`${it.id} (${it.label}): ${clip(it.text, 140)}`}>
              <circle cx={x} cy={y} r={7} />
              <text x={x} y={y + (y < cy ? -12 : 20)} textAnchor="middle">{it.id}</text>
              <title>{`${it.label}: ${clip(it.text, 140)}`}</title>
            </Link>
          </g>
        );
      })}
      <circle cx={cx} cy={cy} r={11} className={styles.centre} />
      <text x={cx} y={cy + 28} textAnchor="middle" className={styles.centreLabel}>{claim.id}</text>
    </svg>
  );
}
