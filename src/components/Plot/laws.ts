/**
 * The published scaling laws and the two numerical arguments of Coveney & Succi, as pure
 * functions. The plots draw these; the tests check them against the papers' own figures.
 */

/** Kaplan et al. 2020 (arXiv 2001.08361), Table 1 / eqs. 1.1–1.3. Losses in nats per token. */
export const KAPLAN = {
  alphaN: 0.076,
  Nc: 8.8e13, // non-embedding parameters
  alphaD: 0.095,
  Dc: 5.4e13, // tokens
  alphaC: 0.05,
  Cc: 3.1e8, // PF-days
} as const;

export const kaplanLossN = (N: number): number => Math.pow(KAPLAN.Nc / N, KAPLAN.alphaN);
export const kaplanLossD = (D: number): number => Math.pow(KAPLAN.Dc / D, KAPLAN.alphaD);
export const kaplanLossC = (Cpfdays: number): number => Math.pow(KAPLAN.Cc / Cpfdays, KAPLAN.alphaC);

/** A parametric loss L(N, D) = E + A/N^α + B/D^β. */
export interface ChinchillaFit {
  readonly E: number;
  readonly A: number;
  readonly B: number;
  readonly alpha: number;
  readonly beta: number;
}

/** Hoffmann et al. 2022 (arXiv 2203.15556), approach 3. */
export const HOFFMANN: ChinchillaFit = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
/** Besiroglu et al. 2024 (arXiv 2404.10102), Epoch AI's refit of the same data. */
export const EPOCH: ChinchillaFit = { E: 1.8172, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658 };

export const chinchillaLoss = (f: ChinchillaFit, N: number, D: number): number => f.E + f.A / Math.pow(N, f.alpha) + f.B / Math.pow(D, f.beta);

/** Training compute in FLOPs: about 6 per parameter per token (2 forward, 4 backward). */
export const trainingFlops = (N: number, D: number): number => 6 * N * D;

/** One PF-day in FLOPs. */
export const PF_DAY = 1e15 * 86400;

/**
 * The loss-minimising split of a compute budget C (FLOPs) under a parametric fit, from
 * setting dL/dN = 0 with D = C/(6N): N* = G (C/6)^(β/(α+β)), D* = (C/6)/N*.
 */
export function optimalSplit(f: ChinchillaFit, C: number): { N: number; D: number; tokensPerParam: number; loss: number } {
  const G = Math.pow((f.alpha * f.A) / (f.beta * f.B), 1 / (f.alpha + f.beta));
  const N = G * Math.pow(C / 6, f.beta / (f.alpha + f.beta));
  const D = C / 6 / N;
  return { N, D, tokensPerParam: D / N, loss: chinchillaLoss(f, N, D) };
}

/** The "about 20 tokens per parameter" rule of the paper's approaches 1 and 2. */
export function ruleOf20Split(C: number): { N: number; D: number } {
  const N = Math.sqrt(C / (6 * 20));
  return { N, D: 20 * N };
}

/** Error ∝ R^(−α): the factor of resources R that buys a `gain`-fold drop in error. */
export const resourceFactor = (alpha: number, gain = 10): number => Math.pow(gain, 1 / alpha);

/** The forward-difference test case: f = sin at x = 1 in double precision. */
export const FD_X = 1;
export const MACHINE_EPSILON = Number.EPSILON; // 2^-52

/** The measured error of the forward difference of sin at x = 1 with step h (float64). */
export const forwardDifferenceError = (h: number): number => Math.abs((Math.sin(FD_X + h) - Math.sin(FD_X)) / h - Math.cos(FD_X));

/**
 * The textbook error model E(h) ≈ (h/2)|f''| + 2ε|f|/h: truncation falls with h, round-off
 * grows as 1/h. Minimal at h* = 2·sqrt(ε|f|/|f''|).
 */
export function forwardDifferenceModel(h: number): number {
  const f = Math.abs(Math.sin(FD_X));
  const f2 = Math.abs(Math.sin(FD_X)); // |f''| = |−sin x|
  return (h / 2) * f2 + (2 * MACHINE_EPSILON * f) / h;
}

export const optimalStep = (): number => 2 * Math.sqrt(MACHINE_EPSILON); // |f| = |f''| here
