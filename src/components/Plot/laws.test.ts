import { describe, expect, it } from 'vitest';
import { EPOCH, HOFFMANN, KAPLAN, chinchillaLoss, forwardDifferenceError, kaplanLossN, optimalSplit, optimalStep, resourceFactor, ruleOf20Split, trainingFlops } from './laws';

const CHINCHILLA_FLOPS = trainingFlops(70e9, 1.4e12); // Chinchilla 70B on 1.4T tokens

describe('the plotted laws reproduce the published figures', () => {
  it('Kaplan: ten times the parameters cuts the loss by about 16%', () => {
    expect(kaplanLossN(1e10) / kaplanLossN(1e9)).toBeCloseTo(Math.pow(10, -0.076), 10);
    expect(1 - kaplanLossN(1e10) / kaplanLossN(1e9)).toBeCloseTo(0.16, 2);
    expect(KAPLAN).toMatchObject({ alphaN: 0.076, Nc: 8.8e13, alphaD: 0.095, Dc: 5.4e13, alphaC: 0.05, Cc: 3.1e8 });
  });
  it('C ≈ 6ND: Chinchilla 70B on 1.4T tokens is about 5.9×10²³ FLOPs', () => {
    expect(CHINCHILLA_FLOPS).toBeCloseTo(5.88e23, -21);
  });
  it('the Hoffmann parametric fit implies about 93 tokens per parameter at that budget, Epoch’s refit about 18', () => {
    expect(optimalSplit(HOFFMANN, CHINCHILLA_FLOPS).tokensPerParam).toBeCloseTo(92.8, 0);
    expect(optimalSplit(EPOCH, CHINCHILLA_FLOPS).tokensPerParam).toBeCloseTo(18.4, 0);
  });
  it('the optimum found in closed form is the minimum of the loss along the budget', () => {
    const { N, D, loss } = optimalSplit(HOFFMANN, CHINCHILLA_FLOPS);
    expect(trainingFlops(N, D)).toBeCloseTo(CHINCHILLA_FLOPS, -18);
    for (const f of [0.8, 1.25]) expect(chinchillaLoss(HOFFMANN, N * f, CHINCHILLA_FLOPS / (6 * N * f))).toBeGreaterThan(loss);
    expect(loss).toBeCloseTo(1.93, 2);
  });
  it('the rule of 20 splits a budget into 20 tokens per parameter', () => {
    const { N, D } = ruleOf20Split(CHINCHILLA_FLOPS);
    expect(D / N).toBeCloseTo(20, 10);
    expect(N).toBeCloseTo(70e9, -9);
  });
  it('ten times less error costs 100× at α = ½ and 10¹⁰–10²⁰× at α = 0.1–0.05', () => {
    expect(resourceFactor(0.5)).toBeCloseTo(100, 8);
    expect(Math.log10(resourceFactor(0.1))).toBeCloseTo(10, 8);
    expect(Math.log10(resourceFactor(0.05))).toBeCloseTo(20, 8);
  });
  it('the forward difference of sin at 1 in double precision: the V with its floor near 3×10⁻⁸', () => {
    expect(optimalStep()).toBeCloseTo(2.98e-8, 9);
    expect(forwardDifferenceError(1e-8)).toBeLessThan(1e-8);
    expect(forwardDifferenceError(1e-10)).toBeGreaterThan(forwardDifferenceError(1e-8));
    expect(forwardDifferenceError(1e-12)).toBeGreaterThan(1e-5);
    expect(forwardDifferenceError(1e-4)).toBeCloseTo((1e-4 / 2) * Math.sin(1), 6);
  });
});
