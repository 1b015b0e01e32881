import React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import CampTable from './CampTable';
import Formula from './Formula';
import Claim from './Claim';
import Quote from './Quote';
import { ClaimGraphProvider } from './ClaimGraph';
import ClaimLink from './ClaimRef/ClaimLink';
import Plot from './Plot';
import { CAMPS } from '../data/camps';
import { renderTex } from '../plugins/markdown/remark-formula';
import { collected } from '../test/shims/useBrokenLinks';
import type { PageClaimView } from '../plugins/claims/views';
import { compactPageData, pageClaimView, pageSummary } from '../plugins/claims/page-data';

const html = (el: React.ReactElement) => load(renderToStaticMarkup(el));

describe('CampTable', () => {
  const $ = html(<CampTable />);
  it('is a real table with a caption, column headers and one row per camp', () => {
    expect($('table caption').text()).toMatch(/Who says what/);
    expect($('thead th[scope="col"]').length).toBe(8);
    expect($('tbody tr').length).toBe(CAMPS.length);
    expect($('tbody th[scope="row"]').length).toBe(CAMPS.length);
  });
  it('gives every row and cell an id that answers to #hash, and declares them to the link checker', () => {
    for (const c of CAMPS) {
      expect($(`tr#camp-${c.id}`).length).toBe(1);
      expect($(`td#camp-${c.id}-evidence`).length).toBe(1);
      expect(collected).toContain(`camp-${c.id}`);
    }
  });
  it('links each representative claim to its anchor on its page', () => {
    const first = CAMPS[0];
    expect($(`td#camp-${first.id}-claim a`).attr('href')).toBe(`/${first.page}#${first.representativeClaim}`);
  });
  it('renders a subset with only, and throws on an unknown camp id', () => {
    expect(html(<CampTable only={['nvidia', 'xai']} />)('tbody tr').length).toBe(2);
    expect(() => renderToStaticMarkup(<CampTable only={['nobody']} />)).toThrow(/unknown camp id/);
  });
  it('has sortable columns that say how they are sorted', () => {
    expect($('thead th[aria-sort]').length).toBe(3);
    expect($('thead th[aria-sort] button').length).toBe(3);
  });
});

describe('Formula', () => {
  const $ = html(<Formula id="kaplan-loss-n" tex="L(N) = (N_c/N)^{\alpha_N}" html={renderTex('L(N) = (N_c/N)^{\\alpha_N}')} number="3" sourceTitle="Scaling Laws" sourceUrl="https://arxiv.org/abs/2001.08361" reconstruction>
    <p>legend</p>
  </Formula>);
  it('is a numbered, linkable figure with KaTeX output, its source, legend and reconstruction note', () => {
    expect($('figure#kaplan-loss-n').length).toBe(1);
    expect($('figure .katex-display').length).toBe(1);
    expect($('figure').text()).toContain('(3)');
    expect($('a[href="#kaplan-loss-n"]').length).toBe(1);
    expect($('button').text()).toContain('Copy LaTeX');
    expect($('a[href="https://arxiv.org/abs/2001.08361"]').length).toBe(1);
    expect($('figure').text()).toMatch(/Reconstruction/);
    expect($('figure').text()).toContain('legend');
  });
  it('refuses to render when the build step did not run', () => {
    expect(() => renderToStaticMarkup(<Formula id="x" tex="x" />)).toThrow(/not rendered at build time/);
  });
});

describe('Claim', () => {
  const summary = { id: 'b-claim', text: 'B says so.', speaker: 'Speaker B', href: '/camps/b#b-claim', pageTitle: 'Page B' };
  const view: PageClaimView = {
    id: 'a-claim', text: 'A says so.', speaker: 'Speaker A', href: '/limits/a#a-claim', pageTitle: 'Page A', speakerId: 'a', speakerRole: 'Role A',
    theme: 'limits', status: 'reported', tags: [], claimPage: '/claims/a-claim',
    sources: [{ id: 's', title: 'Source S', authors: 'X', date: '2025', url: 'https://example.org/s', verification: 'confirmed' }],
    edges: [{ type: 'supports', direction: 'out', target: summary }, { type: 'contradicts', direction: 'in', target: summary }],
    related: [],
  };
  const graph = compactPageData([view], []);
  it('reads back from the compact page data exactly the view it was built from', () => {
    expect(pageClaimView(graph, 'a-claim')).toEqual(view);
    expect(pageSummary(graph, 'b-claim')).toEqual(summary);
    expect(pageClaimView(graph, 'b-claim')).toBeUndefined();
    expect(pageSummary(graph, 'nothing')).toBeUndefined();
  });
  const $ = html(<ClaimGraphProvider value={graph}><Claim id="a-claim" by="a" source="s" inline="true">A says <em>so</em>.</Claim></ClaimGraphProvider>);
  it('is an article with the claim id as its anchor and its statement as a heading', () => {
    expect($('article#a-claim').length).toBe(1);
    expect($('article#a-claim h3').text()).toContain('A says so.');
    expect($('article a.hash-link[href="#a-claim"]').length).toBe(1);
  });
  it('names the speaker, the status and the source with its link', () => {
    expect($('article').text()).toContain('Speaker A');
    expect($('article').text()).toContain('reported');
    expect($('article a[href="https://example.org/s"]').text()).toBe('Source S');
    expect($('article a[href="/claims/a-claim"]').length).toBe(1);
  });
  it('shows relations both ways, each linking to the other claim’s anchor', () => {
    const text = $('article').text();
    expect(text).toContain('Supports');
    expect(text).toContain('Contradicted by');
    expect($('article a[href="/camps/b#b-claim"]').length).toBe(2);
  });
});

describe('ClaimLink (hover and focus preview)', () => {
  it('puts the preview in the static HTML as the link’s description, hidden until hover or focus', () => {
    const $ = html(<ClaimLink claim={{ id: 'x', text: 'The full statement of X.', speaker: 'S', href: '/p#x', pageTitle: 'P' }}>label</ClaimLink>);
    const id = $('a').attr('aria-describedby');
    expect($(`[id="${id}"][role="tooltip"]`).text()).toContain('The full statement of X.');
    expect($(`[id="${id}"]`).attr('data-open')).toBe('false');
  });
});

describe('Quote', () => {
  it('keeps the original words, marks their language and gives our translation and attribution', () => {
    const $ = html(<Quote by="brad-lightcap" source="x" lang="en" translation="译文" speakerName="Brad Lightcap" sourceTitle="Uncapped #46">Original.</Quote>);
    expect($('blockquote[lang="en"]').text()).toBe('Original.');
    expect($('figure').text()).toContain('译文');
    expect($('figcaption').text()).toContain('Brad Lightcap');
  });
  it('renders an injection attempt as text', () => {
    const $ = html(<Quote by="b" source="x" lang="en" speakerName="S" sourceTitle="T">{'<script>alert(1)</script>'}</Quote>);
    expect($('script').length).toBe(0);
    expect($('blockquote').text()).toBe('<script>alert(1)</script>');
  });
});

describe('Plot', () => {
  it.each(['kaplan', 'chinchilla', 'compute-split', 'exponent-cost', 'finite-difference'] as const)('%s is SVG with a title, a description, axis labels and a CSV download', (kind) => {
    const $ = html(<Plot kind={kind} />);
    expect($(`figure#plot-${kind}`).length).toBe(1);
    expect($('svg[role="img"] title').first().text().length).toBeGreaterThan(10);
    expect($('svg[role="img"] desc').first().text().length).toBeGreaterThan(20);
    expect($('svg text').length).toBeGreaterThan(5);
    expect($('a[download]').attr('href')).toMatch(/^data:text\/csv/);
  });
});
