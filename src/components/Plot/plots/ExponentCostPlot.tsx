import React, { useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import Chart from '../Chart';
import Figure from '../Figure';
import Slider from '../Slider';
import { toCsv } from '../csv';
import { resourceFactor } from '../laws';
import { fmtSci } from '../format';
import styles from '../styles.module.css';

/** How many times more resources buy ten times less error, as the scaling exponent falls. */
export default function ExponentCostPlot() {
  const [alpha, setAlpha] = useState(0.1);
  const alphas = Array.from({ length: 98 }, (_, i) => 0.03 + i * 0.01);
  const csv = toCsv(['alpha', 'resource_factor_for_10x_less_error'], alphas.map((a) => [Number(a.toFixed(2)), resourceFactor(a)]));
  return (
    <Figure
      id="plot-exponent-cost"
      csv={csv}
      controls={
        <Slider label={<Translate id="plot.exponent">Scaling exponent α</Translate>} min={0.03} max={1} step={0.005} value={alpha} onChange={setAlpha} readout={`α = ${alpha.toFixed(3)}`} />
      }
      caption={
        <>
          <p className={styles.result}>
            {translate({ id: 'plot.exponent.result', message: 'With α = {a}, ten times less error costs {f} times the resources.' }).replace('{a}', alpha.toFixed(3)).replace('{f}', fmtSci(resourceFactor(alpha)))}
          </p>
          {translate({ id: 'plot.exponent.caption', message: 'If error falls as ε ∝ R^(−α), cutting it tenfold needs 10^(1/α) times the resources R. Monte Carlo sampling (α = ½) pays 100×; at the exponents measured for language models (about 0.05 to 0.1) the bill is 10¹⁰ to 10²⁰.' })}
        </>
      }
      sourceNote={translate({ id: 'plot.exponent.note', message: 'Argument of Coveney & Succi (arXiv 2507.19703); the curve is the formula 10^(1/α), computed here. Kaplan et al.’s exponents: αN = 0.076, αC = 0.050.' })}>
      <Chart
        title={translate({ id: 'plot.exponent.title', message: 'Resources needed for ten times less error, by exponent' })}
        description={translate({ id: 'plot.exponent.desc', message: 'A curve that shoots up as α falls: about 10 at α = 1, 100 at α = 0.5, 10¹⁰ at α = 0.1 and 10²⁰ at α = 0.05, on a log axis.' })}
        x={{ domain: [0.03, 1], log: false, label: translate({ id: 'plot.exponent.x', message: 'Scaling exponent α' }) }}
        y={{ domain: [1, 1e34], log: true, label: translate({ id: 'plot.exponent.y', message: 'Resource multiple for 10× less error (log)' }) }}
        series={[{ id: 'f', label: '10^(1/α)', points: alphas.map((a) => [a, resourceFactor(a)] as const), colour: 'var(--sw-limits)' }]}
        markers={[
          { x: 0.5, y: resourceFactor(0.5), label: translate({ id: 'plot.exponent.mc', message: 'Monte Carlo, 100×' }), colour: 'var(--sw-strategies)' },
          { x: 0.076, y: resourceFactor(0.076), label: 'Kaplan αN', colour: 'var(--sw-camps)' },
          { x: alpha, y: resourceFactor(alpha), label: `α = ${alpha.toFixed(2)}`, colour: 'var(--sw-overview)' },
        ]}
      />
    </Figure>
  );
}
