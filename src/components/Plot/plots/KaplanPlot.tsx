import React from 'react';
import { translate } from '@docusaurus/Translate';
import Chart from '../Chart';
import Figure from '../Figure';
import { toCsv } from '../csv';
import { logSpace } from '../scale';
import { KAPLAN, PF_DAY, kaplanLossC, kaplanLossD, kaplanLossN } from '../laws';

/**
 * Kaplan et al.'s three power laws on one log–log chart. The x axis is "scale" in each
 * quantity's own unit, so the three lines are drawn over the ranges the paper fitted.
 */
export default function KaplanPlot() {
  const Ns = logSpace(1e5, 1e12, 36);
  const Ds = logSpace(1e7, 1e13, 36);
  const Cs = logSpace(1e-7, 1e4, 36); // PF-days
  const series = [
    { id: 'n', label: translate({ id: 'plot.kaplan.n', message: 'L(N): parameters (non-embedding)' }), points: Ns.map((n) => [n, kaplanLossN(n)] as const), colour: 'var(--sw-camps)' },
    { id: 'd', label: translate({ id: 'plot.kaplan.d', message: 'L(D): training tokens' }), points: Ds.map((d) => [d, kaplanLossD(d)] as const), colour: 'var(--sw-strategies)', dashed: true },
    { id: 'c', label: translate({ id: 'plot.kaplan.c', message: 'L(C): compute in FLOPs (from PF-days)' }), points: Cs.map((c) => [c * PF_DAY, kaplanLossC(c)] as const), colour: 'var(--sw-limits)' },
  ];
  const csv = toCsv(
    ['quantity', 'x', 'loss_nats'],
    [...Ns.map((n) => ['parameters', n, kaplanLossN(n)]), ...Ds.map((d) => ['tokens', d, kaplanLossD(d)]), ...Cs.map((c) => ['flops', c * PF_DAY, kaplanLossC(c)])],
  );
  const tenX = (1 - Math.pow(10, -KAPLAN.alphaN)) * 100;
  return (
    <Figure
      id="plot-kaplan"
      csv={csv}
      caption={translate({ id: 'plot.kaplan.caption', message: 'Kaplan et al. (2020): test loss falls as a power law in parameters, data and compute. Each tenfold increase in parameters cuts the loss by about {p}%.' }).replace('{p}', tenX.toFixed(0))}
      sourceNote={translate({ id: 'plot.kaplan.note', message: 'Constants from Kaplan et al. 2020: αN = 0.076, Nc = 8.8×10¹³; αD = 0.095, Dc = 5.4×10¹³ tokens; αC = 0.050, Cc = 3.1×10⁸ PF-days. Loss in nats per token; the constants depend on the tokenizer and data.' })}>
      <Chart
        title={translate({ id: 'plot.kaplan.title', message: 'Loss against parameters, data and compute (Kaplan fits)' })}
        description={translate({ id: 'plot.kaplan.desc', message: 'Three straight lines on log–log axes, all falling gently: loss against parameters from 10⁵ to 10¹², against tokens from 10⁷ to 10¹³, and against compute. The compute line is the flattest (exponent 0.050), the data line the steepest (0.095).' })}
        x={{ domain: [1e5, 1e23], log: true, label: translate({ id: 'plot.kaplan.x', message: 'Scale: parameters, tokens or FLOPs (log)' }) }}
        y={{ domain: [1, 8], log: true, label: translate({ id: 'plot.kaplan.y', message: 'Test loss (nats/token, log)' }) }}
        series={series}
      />
    </Figure>
  );
}
