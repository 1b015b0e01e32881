import React, { useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import Chart from '../Chart';
import Figure from '../Figure';
import Slider from '../Slider';
import { toCsv } from '../csv';
import { logSpace } from '../scale';
import { EPOCH, HOFFMANN, chinchillaLoss, optimalSplit, type ChinchillaFit } from '../laws';
import { fmtSci } from '../format';
import styles from '../styles.module.css';

const isoLoss = (f: ChinchillaFit, C: number, N: number) => chinchillaLoss(f, N, C / (6 * N));

/**
 * IsoFLOP curves: at a fixed compute budget C, loss against model size N (the rest of the
 * budget goes to tokens, D = C/6N). The slider moves the budget; the dot marks the optimum.
 */
export default function ChinchillaPlot() {
  const [exp, setExp] = useState(23.77); // log10 of Chinchilla's own budget, 5.9e23 FLOPs
  const C = Math.pow(10, exp);
  const Ns = logSpace(1e8, 1e13, 60);
  const h = optimalSplit(HOFFMANN, C);
  const e = optimalSplit(EPOCH, C);
  const csv = toCsv(['compute_flops', 'params', 'tokens', 'loss_hoffmann', 'loss_epoch'], Ns.map((n) => [C, n, C / (6 * n), isoLoss(HOFFMANN, C, n), isoLoss(EPOCH, C, n)]));
  return (
    <Figure
      id="plot-chinchilla"
      csv={csv}
      controls={
        <Slider label={<Translate id="plot.budget">Compute budget</Translate>} min={19} max={27} step={0.01} value={exp} onChange={setExp} readout={`${fmtSci(C)} FLOPs`} />
      }
      caption={
        <>
          <p className={styles.result}>
            {translate({ id: 'plot.chinchilla.result', message: 'Optimum (Hoffmann fit): {n} parameters on {d} tokens, {r} tokens per parameter, loss {l}. Epoch refit: {n2} parameters, {r2} tokens per parameter.' })
              .replace('{n}', fmtSci(h.N)).replace('{d}', fmtSci(h.D)).replace('{r}', h.tokensPerParam.toFixed(0)).replace('{l}', h.loss.toFixed(3))
              .replace('{n2}', fmtSci(e.N)).replace('{r2}', e.tokensPerParam.toFixed(0))}
          </p>
          {translate({ id: 'plot.chinchilla.caption', message: 'Chinchilla parametric fit L(N, D) = E + A/N^α + B/D^β at a fixed compute budget (C ≈ 6ND). Too small a model wastes compute on tokens it cannot absorb; too large a model sees too few tokens.' })}
        </>
      }
      sourceNote={translate({ id: 'plot.chinchilla.note', message: 'Hoffmann et al. 2022: E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28. Besiroglu et al. 2024 (Epoch AI) refit: E = 1.8172, A = 482.01, B = 2085.43, α = 0.3478, β = 0.3658.' })}>
      <Chart
        title={translate({ id: 'plot.chinchilla.title', message: 'Loss against model size at a fixed compute budget' })}
        description={translate({ id: 'plot.chinchilla.desc', message: 'Two U-shaped curves of loss against parameters on a log axis, one for each fit, each with its minimum marked. The minimum moves to larger models as the budget grows.' })}
        x={{ domain: [1e8, 1e13], log: true, label: translate({ id: 'plot.chinchilla.x', message: 'Parameters N (log)' }) }}
        y={{ domain: [1.6, 4], log: false, label: translate({ id: 'plot.chinchilla.y', message: 'Loss (nats/token)' }) }}
        series={[
          { id: 'h', label: translate({ id: 'plot.fit.hoffmann', message: 'Hoffmann et al. 2022 fit' }), points: Ns.map((n) => [n, isoLoss(HOFFMANN, C, n)] as const), colour: 'var(--sw-camps)' },
          { id: 'e', label: translate({ id: 'plot.fit.epoch', message: 'Epoch AI refit (2024)' }), points: Ns.map((n) => [n, isoLoss(EPOCH, C, n)] as const), colour: 'var(--sw-limits)', dashed: true },
        ]}
        markers={[
          { x: h.N, y: h.loss, label: translate({ id: 'plot.optimum', message: 'optimum' }), colour: 'var(--sw-camps)' },
          { x: e.N, y: e.loss, label: '', colour: 'var(--sw-limits)' },
        ]}
      />
    </Figure>
  );
}
