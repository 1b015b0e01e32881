import { describe, expect, it } from 'vitest';
import { statementHtml, statementText, texToText } from './statement';

describe('claim statements outside their page', () => {
  it.each([
    ['\\alpha \\approx 0.05', 'α ≈ 0.05'],
    ['10^{20}', '10²⁰'],
    ['10^{1/\\alpha}', '10^(1/α)'],
    ['N_c \\approx 8.8 \\times 10^{13}', 'Nc ≈ 8.8 × 10¹³'],
    ['\\Theta(\\ln N)', 'Θ(ln N)'],
    ['\\frac{1}{2}', '1/2'],
    ['\\text{误差} \\propto R^{-\\alpha}', '误差 ∝ R^(-α)'],
  ])('reads %s as %s', (tex, text) => {
    expect(texToText(tex)).toBe(text);
  });
  it('reduces references to their labels and keeps math readable', () => {
    const nodes = [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'Exponents near ' }, { type: 'inlineMath' as const, value: '\\alpha = 0.05' }, { type: 'text' as const, value: ' mean [[cs-x|a wall]].' }] }];
    expect(statementText(nodes)).toBe('Exponents near α = 0.05 mean a wall.');
    const html = statementHtml(nodes);
    expect(html).toContain('class="katex"');
    expect(html).toContain(' mean a wall.');
  });
  it('escapes markup in the text: an injection attempt stays text', () => {
    const html = statementHtml([{ type: 'text', value: '<script>alert(1)</script>' }]);
    expect(html).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
