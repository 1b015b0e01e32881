import React from 'react';
import { translate } from '@docusaurus/Translate';
import Chart from '../Chart';
import Figure from '../Figure';
import { toCsv } from '../csv';
import { logSpace } from '../scale';
import { forwardDifferenceError, forwardDifferenceModel, optimalStep } from '../laws';
import { fmtSci } from '../format';

/**
 * The "wall" of Coveney & Succi's derivative example: the forward-difference error of
 * sin at x = 1, measured in double precision (dots), against the textbook model (line).
 */
export default function FiniteDifferencePlot() {
  const hs = Array.from({ length: 31 }, (_, i) => Math.pow(10, -1 - i * 0.5));
  const model = logSpace(1e-16, 1e-1, 80);
  const hStar = optimalStep();
  const csv = toCsv(['step_h', 'measured_error', 'model_error'], hs.map((h) => [h, forwardDifferenceError(h), forwardDifferenceModel(h)]));
  return (
    <Figure
      id="plot-finite-difference"
      csv={csv}
      caption={translate({ id: 'plot.fd.caption', message: 'Forward-difference derivative of sin at x = 1 in double precision. Shrinking the step h (spending more resources, N ∝ 1/h) helps until h* ≈ {h}; past it round-off dominates and the error grows again: the local exponent flips from −1 to +1.' }).replace('{h}', fmtSci(hStar))}
      sourceNote={translate({ id: 'plot.fd.note', message: 'Measured by this page at build time with IEEE-754 doubles (ε ≈ 2.2×10⁻¹⁶): error {a} at h = 10⁻⁸, {b} at 10⁻¹⁰, {c} at 10⁻¹². A standard numerical-analysis illustration of the paper’s example, not the paper’s own equation.' })
        .replace('{a}', fmtSci(forwardDifferenceError(1e-8), 1)).replace('{b}', fmtSci(forwardDifferenceError(1e-10), 1)).replace('{c}', fmtSci(forwardDifferenceError(1e-12), 1))}>
      <Chart
        title={translate({ id: 'plot.fd.title', message: 'Error of a numerical derivative against step size' })}
        description={translate({ id: 'plot.fd.desc', message: 'A V shape on log–log axes: error falls in step with h from 10⁻¹ down to about 3×10⁻⁸, then rises as h shrinks further, reaching about 10⁻¹ near h = 10⁻¹⁵.' })}
        x={{ domain: [1e-16, 1e-1], log: true, label: translate({ id: 'plot.fd.x', message: 'Step h (log; smaller = more resources)' }) }}
        y={{ domain: [1e-10, 10], log: true, label: translate({ id: 'plot.fd.y', message: 'Absolute error (log)' }) }}
        guides={[{ x: hStar, label: `h* ≈ ${fmtSci(hStar, 1)}` }]}
        series={[
          { id: 'measured', label: translate({ id: 'plot.fd.measured', message: 'measured error (float64)' }), points: hs.map((h) => [h, forwardDifferenceError(h)] as const), colour: 'var(--sw-limits)', dots: true },
          { id: 'model', label: translate({ id: 'plot.fd.model', message: 'model: (h/2)|f″| + 2ε|f|/h' }), points: model.map((h) => [h, forwardDifferenceModel(h)] as const), colour: 'var(--sw-camps)' },
        ]}
      />
    </Figure>
  );
}
