import React, { useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import Chart from '../Chart';
import Figure from '../Figure';
import Slider from '../Slider';
import { toCsv } from '../csv';
import { logSpace } from '../scale';
import { EPOCH, HOFFMANN, optimalSplit, ruleOf20Split } from '../laws';
import { fmtSci } from '../format';
import styles from '../styles.module.css';

/** The compute-optimal model size and token count as the budget grows, under both fits and the 20-tokens rule. */
export default function ComputeSplitPlot() {
  const [exp, setExp] = useState(24);
  const C = Math.pow(10, exp);
  const Cs = logSpace(1e18, 1e27, 40);
  const h = optimalSplit(HOFFMANN, C);
  const r = ruleOf20Split(C);
  const csv = toCsv(
    ['compute_flops', 'params_hoffmann', 'tokens_hoffmann', 'params_epoch', 'tokens_epoch', 'params_rule20', 'tokens_rule20'],
    Cs.map((c) => {
      const a = optimalSplit(HOFFMANN, c);
      const b = optimalSplit(EPOCH, c);
      const t = ruleOf20Split(c);
      return [c, a.N, a.D, b.N, b.D, t.N, t.D];
    }),
  );
  return (
    <Figure
      id="plot-compute-split"
      csv={csv}
      controls={
        <Slider label={<Translate id="plot.budget">Compute budget</Translate>} min={18} max={27} step={0.01} value={exp} onChange={setExp} readout={`${fmtSci(C)} FLOPs`} />
      }
      caption={
        <>
          <p className={styles.result}>
            {translate({ id: 'plot.split.result', message: 'At this budget: rule of 20 → {n} parameters on {d} tokens; Hoffmann parametric fit → {n2} parameters on {d2} tokens ({r} tokens per parameter).' })
              .replace('{n}', fmtSci(r.N)).replace('{d}', fmtSci(r.D)).replace('{n2}', fmtSci(h.N)).replace('{d2}', fmtSci(h.D)).replace('{r}', h.tokensPerParam.toFixed(0))}
          </p>
          {translate({ id: 'plot.split.caption', message: 'How a compute budget C ≈ 6ND should be split between parameters and tokens. The paper’s approaches 1–2 give about 20 tokens per parameter; its own parametric fit gives far more tokens per parameter (about 93 at Chinchilla’s budget), and Epoch AI’s refit brings it back near 20.' })}
        </>
      }
      sourceNote={translate({ id: 'plot.split.note', message: 'Optimum of L(N, D) under D = C/6N: N* = G·(C/6)^(β/(α+β)) with G = (αA/βB)^(1/(α+β)); constants as in the Chinchilla plot.' })}>
      <Chart
        title={translate({ id: 'plot.split.title', message: 'Compute-optimal parameters and tokens against compute' })}
        description={translate({ id: 'plot.split.desc', message: 'Rising straight lines on log–log axes: optimal parameter counts (solid) and token counts (dashed) for the Hoffmann fit, the Epoch refit and the 20-tokens-per-parameter rule, from 10¹⁸ to 10²⁷ FLOPs.' })}
        x={{ domain: [1e18, 1e27], log: true, label: translate({ id: 'plot.split.x', message: 'Training compute C (FLOPs, log)' }) }}
        y={{ domain: [1e7, 1e15], log: true, label: translate({ id: 'plot.split.y', message: 'Parameters or tokens (log)' }) }}
        guides={[{ x: 5.88e23, label: 'Chinchilla 70B' }]}
        series={[
          { id: 'hn', label: translate({ id: 'plot.split.hn', message: 'Parameters, Hoffmann fit' }), points: Cs.map((c) => [c, optimalSplit(HOFFMANN, c).N] as const), colour: 'var(--sw-camps)' },
          { id: 'hd', label: translate({ id: 'plot.split.hd', message: 'Tokens, Hoffmann fit' }), points: Cs.map((c) => [c, optimalSplit(HOFFMANN, c).D] as const), colour: 'var(--sw-camps)', dashed: true },
          { id: 'en', label: translate({ id: 'plot.split.en', message: 'Parameters, Epoch refit' }), points: Cs.map((c) => [c, optimalSplit(EPOCH, c).N] as const), colour: 'var(--sw-limits)' },
          { id: 'ed', label: translate({ id: 'plot.split.ed', message: 'Tokens, Epoch refit' }), points: Cs.map((c) => [c, optimalSplit(EPOCH, c).D] as const), colour: 'var(--sw-limits)', dashed: true },
          { id: 'rn', label: translate({ id: 'plot.split.rn', message: 'Parameters, 20 tokens/parameter' }), points: Cs.map((c) => [c, ruleOf20Split(c).N] as const), colour: 'var(--sw-strategies)' },
          { id: 'rd', label: translate({ id: 'plot.split.rd', message: 'Tokens, 20 tokens/parameter' }), points: Cs.map((c) => [c, ruleOf20Split(c).D] as const), colour: 'var(--sw-strategies)', dashed: true },
        ]}
        markers={[{ x: C, y: h.N, label: fmtSci(h.N), colour: 'var(--sw-camps)' }]}
      />
    </Figure>
  );
}
