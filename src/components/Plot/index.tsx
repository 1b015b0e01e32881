import React from 'react';
import KaplanPlot from './plots/KaplanPlot';
import ChinchillaPlot from './plots/ChinchillaPlot';
import ComputeSplitPlot from './plots/ComputeSplitPlot';
import ExponentCostPlot from './plots/ExponentCostPlot';
import FiniteDifferencePlot from './plots/FiniteDifferencePlot';

export const PLOT_KINDS = {
  kaplan: KaplanPlot,
  chinchilla: ChinchillaPlot,
  'compute-split': ComputeSplitPlot,
  'exponent-cost': ExponentCostPlot,
  'finite-difference': FiniteDifferencePlot,
} as const;

export type PlotKind = keyof typeof PLOT_KINDS;

/** `<Plot kind="…" />`: one of the site's SVG plots, drawn into the static HTML. */
export default function Plot({ kind }: { kind: PlotKind }) {
  const Component = PLOT_KINDS[kind];
  if (!Component) throw new Error(`<Plot kind="${kind}">: unknown kind; use one of ${Object.keys(PLOT_KINDS).join(', ')}`);
  return <Component />;
}
