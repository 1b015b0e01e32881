import React from 'react';
import { translate } from '@docusaurus/Translate';
import Chart from '../Chart';
import Figure from '../Figure';
import { toCsv } from '../csv';
import { logSpace } from '../scale';
import { KAPLAN, PF_DAY, kaplanLossC, kaplanLossD, kaplanLossN } from '../laws';
import styles from '../styles.module.css';

const PANEL = { w: 380, h: 320 };

/** Kaplan et al.'s three power laws, one panel each, over the ranges the paper fitted. */
export default function KaplanPlot() {
  const Ns = logSpace(1e5, 1e12, 36);
  const Ds = logSpace(1e7, 1e13, 36);
  const Cs = logSpace(1e-7, 1e4, 36); // PF-days
  const csv = toCsv(
    ['quantity', 'x', 'loss_nats'],
    [...Ns.map((n) => ['parameters', n, kaplanLossN(n)]), ...Ds.map((d) => ['tokens', d, kaplanLossD(d)]), ...Cs.map((c) => ['flops', c * PF_DAY, kaplanLossC(c)])],
  );
  const tenX = (1 - Math.pow(10, -KAPLAN.alphaN)) * 100;
  const y = { domain: [1, 8] as const, log: true, label: translate({ id: 'plot.kaplan.y', message: 'Test loss (nats/token, log)' }) };
  return (
    <Figure
      id="plot-kaplan"
      csv={csv}
      caption={translate({ id: 'plot.kaplan.caption', message: 'Kaplan et al. (2020): test loss falls as a power law in parameters, data and compute. Each tenfold increase in parameters cuts the loss by about {p}%.' }).replace('{p}', tenX.toFixed(0))}
      sourceNote={translate({ id: 'plot.kaplan.note', message: 'Constants from Kaplan et al. 2020: αN = 0.076, Nc = 8.8×10¹³; αD = 0.095, Dc = 5.4×10¹³ tokens; αC = 0.050, Cc = 3.1×10⁸ PF-days. Loss in nats per token; the constants depend on the tokenizer and data.' })}>
      <div className={styles.panels}>
        <Chart
          size={PANEL}
          title={translate({ id: 'plot.kaplan.n.title', message: 'Loss against parameters' })}
          description={translate({ id: 'plot.kaplan.n.desc', message: 'A straight falling line on log–log axes: loss about 4.8 at 10⁵ parameters and about 1.4 at 10¹² (exponent 0.076).' })}
          x={{ domain: [1e5, 1e12], log: true, label: translate({ id: 'plot.kaplan.n.x', message: 'Parameters N (non-embedding)' }) }}
          y={y}
          series={[{ id: 'n', label: 'L(N)', points: Ns.map((n) => [n, kaplanLossN(n)] as const), colour: 'var(--sw-camps)' }]}
        />
        <Chart
          size={PANEL}
          title={translate({ id: 'plot.kaplan.d.title', message: 'Loss against training tokens' })}
          description={translate({ id: 'plot.kaplan.d.desc', message: 'A straight falling line: loss about 4.4 at 10⁷ tokens and about 1.2 at 10¹³ (exponent 0.095).' })}
          x={{ domain: [1e7, 1e13], log: true, label: translate({ id: 'plot.kaplan.d.x', message: 'Training tokens D' }) }}
          y={y}
          series={[{ id: 'd', label: 'L(D)', points: Ds.map((d) => [d, kaplanLossD(d)] as const), colour: 'var(--sw-strategies)' }]}
        />
        <Chart
          size={PANEL}
          title={translate({ id: 'plot.kaplan.c.title', message: 'Loss against compute' })}
          description={translate({ id: 'plot.kaplan.c.desc', message: 'The flattest of the three lines: loss about 6 at 10¹³ FLOPs and about 1.7 at 10²⁴ (exponent 0.050).' })}
          x={{ domain: [8.64e12, 8.64e23], log: true, label: translate({ id: 'plot.kaplan.c.x', message: 'Compute C (FLOPs)' }) }}
          y={y}
          series={[{ id: 'c', label: 'L(C)', points: Cs.map((c) => [c * PF_DAY, kaplanLossC(c)] as const), colour: 'var(--sw-limits)' }]}
        />
      </div>
    </Figure>
  );
}
