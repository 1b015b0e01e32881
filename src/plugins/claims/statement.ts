import katex from 'katex';
import type { Nodes } from 'mdast';
import { REF_PATTERN } from './collect';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const GREEK: Readonly<Record<string, string>> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', eta: 'η', theta: 'θ', lambda: 'λ', mu: 'μ', pi: 'π', sigma: 'σ', tau: 'τ', phi: 'φ', omega: 'ω', Omega: 'Ω', Theta: 'Θ', Delta: 'Δ', Sigma: 'Σ',
  approx: '≈', times: '×', cdot: '·', le: '≤', leq: '≤', ge: '≥', geq: '≥', neq: '≠', to: '→', rightarrow: '→', infty: '∞', propto: '∝', sim: '∼', ll: '≪', gg: '≫', pm: '±', ldots: '…', dots: '…', sum: 'Σ', partial: '∂',
};
const SUP: Readonly<Record<string, string>> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', '+': '⁺', n: 'ⁿ', i: 'ⁱ' };
const SUB: Readonly<Record<string, string>> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '-': '₋', '+': '₊' };

const script = (s: string, table: Readonly<Record<string, string>>, mark: string) =>
  [...s].every((c) => table[c]) ? [...s].map((c) => table[c]).join('') : `${mark}(${s})`;

/**
 * Inline TeX as readable plain text, for previews, link titles and the export:
 * `\alpha \approx 0.05` → `α ≈ 0.05`, `10^{20}` → `10²⁰`, `\frac{a}{b}` → `a/b`.
 */
export function texToText(tex: string): string {
  let s = tex;
  for (let i = 0; i < 3; i++) {
    s = s.replace(/\\(?:text|mathrm|mathit|mathbf|operatorname|mathcal|mathbb)\{([^{}]*)\}/g, '$1');
    s = s.replace(/\\frac\{([^{}]*)\}\{([^{}]*)\}/g, '$1/$2');
    s = s.replace(/\\sqrt\{([^{}]*)\}/g, '√($1)');
  }
  s = s.replace(/\\(?:left|right|bigl|bigr|big|Big)(?![A-Za-z])/g, '');
  s = s.replace(/\\(?:,|;|quad|qquad)(?![A-Za-z])/g, ' ').replace(/\\!/g, '');
  s = s.replace(/\\(ln|log|exp|min|max|sin|cos)\b/g, '$1');
  s = s.replace(/\\([A-Za-z]+)/g, (_m, name: string) => GREEK[name] ?? name);
  s = s.replace(/\^\{([^{}]*)\}/g, (_m, x: string) => script(x, SUP, '^'));
  s = s.replace(/\^([0-9a-zA-Z+-])/g, (_m, x: string) => script(x, SUP, '^'));
  s = s.replace(/_\{([^{}]*)\}/g, (_m, x: string) => script(x, SUB, '_'));
  s = s.replace(/_([0-9])/g, (_m, x: string) => script(x, SUB, '_'));
  s = s.replace(/_([A-Za-z])/g, '$1');
  return s.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
}

type AnyNode = Nodes | { type: 'mdxJsxTextElement' | 'mdxJsxFlowElement'; name: string | null; attributes: unknown[]; children: AnyNode[] };

/** Plain text of a claim's statement, with math made readable and `[[ref|label]]` reduced to its label. */
export function statementText(nodes: readonly AnyNode[]): string {
  const walk = (n: AnyNode): string => {
    if (n.type === 'inlineMath' || n.type === 'math') return texToText(n.value);
    if (n.type === 'text' || n.type === 'inlineCode') return n.value.replace(REF_PATTERN, (_m, id: string, label?: string) => label ?? id);
    if ('children' in n) return (n.children as AnyNode[]).map(walk).join('');
    return '';
  };
  return nodes.map(walk).join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * The statement as HTML for the claim page and the explorer: emphasis, code, links and
 * KaTeX-rendered math (build time), every text escaped.
 */
export function statementHtml(nodes: readonly AnyNode[]): string {
  const walk = (n: AnyNode): string => {
    switch (n.type) {
      case 'text': return esc(n.value.replace(REF_PATTERN, (_m, id: string, label?: string) => label ?? id));
      case 'inlineCode': return `<code>${esc(n.value)}</code>`;
      case 'inlineMath': return katex.renderToString(n.value, { throwOnError: false, output: 'html' });
      case 'strong': return `<strong>${n.children.map(walk).join('')}</strong>`;
      case 'emphasis': return `<em>${n.children.map(walk).join('')}</em>`;
      case 'paragraph': return n.children.map(walk).join('');
      case 'break': return ' ';
      case 'link': return n.children.map(walk).join('');
      default: return 'children' in n ? (n.children as AnyNode[]).map(walk).join('') : '';
    }
  };
  return nodes.map(walk).join(' ').trim();
}
