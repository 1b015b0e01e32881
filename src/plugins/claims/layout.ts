import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Theme } from './types';
import type { ClaimsIndex, GraphLayout } from './views';

interface Node extends SimulationNodeDatum {
  id: string;
  theme: Theme;
  label: string;
}

/** Where each theme's claims are pulled to, so that themes read as regions of the map. */
const ANCHORS: Readonly<Record<Theme, readonly [number, number]>> = {
  limits: [-1, -0.6],
  camps: [1, -0.6],
  strategies: [0, 1],
  overview: [0, 0],
};

/**
 * Lays the graph out once, at build time (d3-force, a fixed number of ticks from
 * deterministic starting points), so that the browser only draws: the graph stays fast
 * at thousands of claims and the same input always gives the same picture.
 */
export function layoutGraph(index: ClaimsIndex): GraphLayout {
  const n = index.claims.length;
  const size = Math.max(600, Math.round(Math.sqrt(n) * 90));
  const nodes: Node[] = index.claims.map((c, i) => {
    const [ax, ay] = ANCHORS[c.theme];
    const angle = i * 2.399963; // golden angle: an even, repeatable spread
    const r = 20 + 6 * Math.sqrt(i);
    return { id: c.id, theme: c.theme, label: c.text.length > 80 ? `${c.text.slice(0, 77)}…` : c.text, x: ax * size * 0.25 + r * Math.cos(angle), y: ay * size * 0.25 + r * Math.sin(angle) };
  });
  const ids = new Set(nodes.map((d) => d.id));
  const edges = index.claims.flatMap((c) =>
    c.relations.filter((r) => r.direction === 'out' && ids.has(r.target)).map((r) => ({ source: c.id, target: r.target, type: r.type })),
  );
  const sim = forceSimulation(nodes)
    .force('charge', forceManyBody().strength(-60).distanceMax(size / 2))
    .force('link', forceLink(edges.map((e) => ({ ...e }))).id((d) => (d as Node).id).distance(60).strength(0.4))
    .force('x', forceX<Node>((d) => ANCHORS[d.theme][0] * size * 0.25).strength(0.06))
    .force('y', forceY<Node>((d) => ANCHORS[d.theme][1] * size * 0.25).strength(0.06))
    .force('collide', forceCollide(9))
    .force('center', forceCenter(0, 0))
    .stop();
  const ticks = n > 2000 ? 120 : 300;
  for (let i = 0; i < ticks; i++) sim.tick();
  const xs = nodes.map((d) => d.x ?? 0);
  const ys = nodes.map((d) => d.y ?? 0);
  const minX = Math.min(...xs, 0);
  const minY = Math.min(...ys, 0);
  const maxX = Math.max(...xs, 1);
  const maxY = Math.max(...ys, 1);
  const pad = 24;
  return {
    width: Math.round(maxX - minX + 2 * pad),
    height: Math.round(maxY - minY + 2 * pad),
    nodes: nodes.map((d) => ({ id: d.id, theme: d.theme, label: d.label, x: Math.round((d.x ?? 0) - minX + pad), y: Math.round((d.y ?? 0) - minY + pad) })),
    edges,
  };
}
