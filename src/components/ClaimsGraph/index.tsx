import React, { useMemo, useState } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import type { GraphLayout } from '../../plugins/claims/views';
import { THEMES } from '../../plugins/claims/types';
import { themeLabel } from '../Claim/labels';
import styles from './styles.module.css';

const ZOOMS = [0.5, 0.75, 1, 1.5, 2] as const;

/**
 * `/claims/graph`: the whole claims graph, laid out at build time. The browser only draws
 * and highlights; hovering or focusing a claim lights up its neighbours.
 */
export default function ClaimsGraph({ layout }: { layout: GraphLayout }) {
  const [focus, setFocus] = useState<string | null>(null);
  const [zoom, setZoom] = useState(2);
  const neighbours = useMemo(() => {
    const m = new Map<string, Set<string>>();
    for (const e of layout.edges) {
      if (!m.has(e.source)) m.set(e.source, new Set());
      if (!m.has(e.target)) m.set(e.target, new Set());
      m.get(e.source)!.add(e.target);
      m.get(e.target)!.add(e.source);
    }
    return m;
  }, [layout.edges]);
  const pos = useMemo(() => new Map(layout.nodes.map((n) => [n.id, n])), [layout.nodes]);
  const lit = (id: string) => !focus || id === focus || neighbours.get(focus)?.has(id);
  const scale = ZOOMS[zoom];
  return (
    <Layout title={translate({ id: 'graph.title', message: 'Claims graph' })} description={translate({ id: 'graph.description', message: 'The scaling debate as a graph: every claim, coloured by theme, joined by the claims it supports, contradicts or refines.' })}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1><Translate id="graph.heading">Claims graph</Translate></h1>
        <p className={styles.lead}>
          <Translate id="graph.lead">Each dot is a claim; lines are declared relations. Hover or focus a claim to light up its neighbours; select it to open its page. The same data, as a list, is in the claims explorer.</Translate>{' '}
          <Link to="/claims"><Translate id="graph.explorerLink">Open the explorer</Translate></Link>
        </p>
        <div className={styles.bar}>
          <ul className={styles.legend}>
            {THEMES.map((t) => <li key={t} data-theme-group={t}>{themeLabel(t)}</li>)}
            <li data-edge="supports"><Translate id="claim.rel.supports">Supports</Translate></li>
            <li data-edge="contradicts"><Translate id="claim.rel.contradicts">Contradicts</Translate></li>
            <li data-edge="refines"><Translate id="claim.rel.refines">Refines</Translate></li>
          </ul>
          <div className={styles.zoom} role="group" aria-label={translate({ id: 'graph.zoom', message: 'Zoom' })}>
            <button type="button" onClick={() => setZoom(Math.max(0, zoom - 1))} disabled={zoom === 0} aria-label={translate({ id: 'graph.zoomOut', message: 'Zoom out' })}>−</button>
            <span>{Math.round(scale * 100)}%</span>
            <button type="button" onClick={() => setZoom(Math.min(ZOOMS.length - 1, zoom + 1))} disabled={zoom === ZOOMS.length - 1} aria-label={translate({ id: 'graph.zoomIn', message: 'Zoom in' })}>+</button>
          </div>
        </div>
        <div className={styles.viewport} tabIndex={-1}>
          <svg
            width={Math.round(layout.width * scale)}
            height={Math.round(layout.height * scale)}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            className={styles.svg}
            role="group"
            aria-label={translate({ id: 'graph.svgLabel', message: '{n} claims and {e} relations' }).replace('{n}', String(layout.nodes.length)).replace('{e}', String(layout.edges.length))}>
            <g>
              {layout.edges.map((e) => {
                const a = pos.get(e.source);
                const b = pos.get(e.target);
                if (!a || !b) return null;
                const on = !focus || e.source === focus || e.target === focus;
                return <line key={`${e.source}-${e.type}-${e.target}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className={styles.edge} data-edge={e.type} data-dim={on ? undefined : 'true'} />;
              })}
            </g>
            <g>
              {layout.nodes.map((n) => (
                <Link
                  key={n.id}
                  to={`/claims/${n.id}`}
                  aria-label={`${n.id}: ${n.label}`}
                  onMouseEnter={() => setFocus(n.id)}
                  onMouseLeave={() => setFocus(null)}
                  onFocus={() => setFocus(n.id)}
                  onBlur={() => setFocus(null)}>
                  <circle cx={n.x} cy={n.y} r={n.id === focus ? 8 : 6} className={styles.node} data-theme-group={n.theme} data-dim={lit(n.id) ? undefined : 'true'} />
                  <title>{`${n.id}: ${n.label}`}</title>
                </Link>
              ))}
            </g>
            {focus && pos.get(focus) && (
              <text x={pos.get(focus)!.x + 10} y={pos.get(focus)!.y - 10} className={styles.focusLabel}>{focus}</text>
            )}
          </svg>
        </div>
      </main>
    </Layout>
  );
}
