import React, { useId } from 'react';
import { formatTick, linearScale, logScale, ticks, type Scale } from './scale';
import styles from './styles.module.css';

export interface Axis {
  readonly domain: readonly [number, number];
  readonly log: boolean;
  readonly label: string;
}

export interface Series {
  readonly id: string;
  readonly label: string;
  readonly points: readonly (readonly [number, number])[];
  /** A CSS colour variable name or value. */
  readonly colour: string;
  readonly dashed?: boolean;
  /** Draw as dots instead of a line (measurements). */
  readonly dots?: boolean;
}

export interface Marker {
  readonly x: number;
  readonly y: number;
  readonly label: string;
  readonly colour?: string;
}

export interface ChartProps {
  readonly title: string;
  /** What the chart shows, in words, for screen readers and readers without images. */
  readonly description: string;
  readonly x: Axis;
  readonly y: Axis;
  readonly series: readonly Series[];
  readonly markers?: readonly Marker[];
  /** Vertical guide lines. */
  readonly guides?: readonly { readonly x: number; readonly label: string }[];
  /** Drawing size in SVG units (the SVG scales to its box); smaller panels get relatively larger text. */
  readonly size?: { readonly w: number; readonly h: number };
}

const M = { top: 16, right: 18, bottom: 52, left: 66 };

const makeScale = (a: Axis, range: readonly [number, number]): Scale => (a.log ? logScale(a.domain, range) : linearScale(a.domain, range));
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** A static SVG line chart: drawn on the server, readable without JavaScript. */
export default function Chart({ title, description, x, y, series, markers = [], guides = [], size = { w: 640, h: 360 } }: ChartProps) {
  const W = size.w;
  const H = size.h;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const sx = makeScale(x, [M.left, W - M.right]);
  const sy = makeScale(y, [H - M.bottom, M.top]);
  const inX = (v: number) => v >= x.domain[0] && v <= x.domain[1];
  const path = (pts: Series['points']) =>
    pts
      .filter(([px, py]) => inX(px) && Number.isFinite(py) && py > 0)
      .map(([px, py], i) => `${i ? 'L' : 'M'}${sx(px).toFixed(1)},${clamp(sy(py), M.top - 4, H - M.bottom + 4).toFixed(1)}`)
      .join('');
  return (
    <div className={styles.chart}>
      <svg viewBox={`0 0 ${W} ${H}`} style={{ aspectRatio: `${W} / ${H}` }} role="img" aria-labelledby={`${uid}-t ${uid}-d`} className={styles.svg}>
        <title id={`${uid}-t`}>{title}</title>
        <desc id={`${uid}-d`}>{description}</desc>
        <defs>
          <clipPath id={`${uid}-clip`}>
            <rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} />
          </clipPath>
        </defs>
        {ticks(sx, Math.max(3, Math.floor(W / 90))).map((t) => (
          <g key={`x${t}`}>
            <line x1={sx(t)} x2={sx(t)} y1={M.top} y2={H - M.bottom} className={styles.grid} />
            <text x={sx(t)} y={H - M.bottom + 18} textAnchor="middle" className={styles.tick}>{formatTick(t, x.log)}</text>
          </g>
        ))}
        {ticks(sy, 6).map((t) => (
          <g key={`y${t}`}>
            <line x1={M.left} x2={W - M.right} y1={sy(t)} y2={sy(t)} className={styles.grid} />
            <text x={M.left - 8} y={sy(t) + 4} textAnchor="end" className={styles.tick}>{formatTick(t, y.log)}</text>
          </g>
        ))}
        <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} className={styles.axis} />
        <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} className={styles.axis} />
        <text x={(M.left + W - M.right) / 2} y={H - 10} textAnchor="middle" className={styles.label}>{x.label}</text>
        <text transform={`translate(16 ${(M.top + H - M.bottom) / 2}) rotate(-90)`} textAnchor="middle" className={styles.label}>{y.label}</text>
        <g clipPath={`url(#${uid}-clip)`}>
          {guides.filter((g) => inX(g.x)).map((g) => (
            <g key={`g${g.x}`}>
              <line x1={sx(g.x)} x2={sx(g.x)} y1={M.top} y2={H - M.bottom} className={styles.guide} />
              <text x={sx(g.x) + 4} y={M.top + 12} className={styles.guideLabel}>{g.label}</text>
            </g>
          ))}
          {series.map((s) =>
            s.dots ? (
              <g key={s.id} fill={s.colour}>
                {s.points.filter(([px, py]) => inX(px) && py > 0).map(([px, py]) => (
                  <circle key={px} cx={sx(px)} cy={clamp(sy(py), M.top, H - M.bottom)} r={3.2} />
                ))}
              </g>
            ) : (
              <path key={s.id} d={path(s.points)} fill="none" stroke={s.colour} strokeWidth={2.2} strokeDasharray={s.dashed ? '6 4' : undefined} />
            ),
          )}
          {markers.filter((m) => inX(m.x)).map((m) => (
            <g key={`m${m.label}`}>
              <circle cx={sx(m.x)} cy={sy(m.y)} r={5} fill="var(--ifm-background-color)" stroke={m.colour ?? 'currentColor'} strokeWidth={2} />
              <text x={sx(m.x) + 8} y={sy(m.y) - 8} className={styles.markerLabel}>{m.label}</text>
            </g>
          ))}
        </g>
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {series.map((s) => (
          <li key={s.id}>
            <svg width="22" height="10" aria-hidden="true">
              {s.dots ? <circle cx="11" cy="5" r="3.5" fill={s.colour} /> : <line x1="0" x2="22" y1="5" y2="5" stroke={s.colour} strokeWidth="2.5" strokeDasharray={s.dashed ? '5 3' : undefined} />}
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
