import { describe, expect, it } from 'vitest';
import { collect } from './collect';
import { normalise, parseIdList } from './normalise';
import { resolve } from './resolve';
import { pageClaimView, pageSummary } from './page-data';
import { validate, formatProblems, type Registries } from './validate';
import { FIXTURE_LOOKUP, fixturePages, withEdit, withEditBoth } from './testing';
import type { PageFile } from './types';

const registries: Registries = {
  speakers: new Set(FIXTURE_LOOKUP.speakers.keys()),
  sources: new Set(FIXTURE_LOOKUP.sources.keys()),
  camps: new Set(FIXTURE_LOOKUP.campNames.keys()),
};

function problemsOf(pages: PageFile[]): string[] {
  const collected = collect(pages);
  const { claims, problems } = normalise(collected);
  return [...collected.problems, ...problems, ...validate(collected, claims, registries)].map((p) => `${p.place.file.split('__fixtures__/site/')[1]}:${p.place.line}: ${p.message}`);
}

describe('collect', () => {
  it('finds every claim, reference and anchor of both locales with their places', () => {
    const c = collect(fixturePages());
    expect(c.pages.map((p) => `${p.locale}:${p.permalink}`).sort()).toEqual(['en:/camps/beta', 'en:/limits/alpha', 'zh-Hans:/camps/beta', 'zh-Hans:/limits/alpha']);
    expect(c.claims.filter((x) => x.locale === 'en').map((x) => x.attributes.id)).toEqual(['fx-beta-one', 'fx-alpha-one', 'fx-alpha-two']);
    const alphaOne = c.claims.find((x) => x.locale === 'en' && x.attributes.id === 'fx-alpha-one')!;
    expect(alphaOne.place.line).toBe(10);
    expect(alphaOne.text).toBe('Alpha one says something about x².');
    expect(alphaOne.html).toContain('class="katex"');
    expect(c.links.map((l) => `${l.locale}:${l.url}`).sort()).toEqual(['en:/camps/beta#beta-section', 'zh-Hans:/camps/beta#beta-section']);
    expect(c.refs.map((r) => `${r.locale}:${r.target}`).sort()).toEqual(['en:fx-beta-one', 'zh-Hans:fx-beta-one']);
    expect(c.anchors.filter((a) => a.locale === 'en').map((a) => `${a.kind}:${a.id}`).sort()).toEqual(['formula:fx-formula', 'heading:a-section', 'heading:beta-section']);
    expect(c.problems).toEqual([]);
  });
});

describe('normalise', () => {
  it('reads id lists written as arrays, single strings or plain attributes', () => {
    expect(parseIdList('{["a", "b"]}')).toEqual(['a', 'b']);
    expect(parseIdList("{['a']}")).toEqual(['a']);
    expect(parseIdList('{"a"}')).toEqual(['a']);
    expect(parseIdList('a')).toEqual(['a']);
    expect(parseIdList(undefined)).toEqual([]);
    expect(parseIdList('{someVariable}')).toBeUndefined();
  });
  it('types every field and takes the theme from the path', () => {
    const { claims } = normalise(collect(fixturePages()));
    const two = claims.find((c) => c.locale === 'en' && c.id === 'fx-alpha-two')!;
    expect(two).toMatchObject({ theme: 'limits', by: 'speaker-b', sources: ['source-a', 'source-b'], camp: 'camp-a', status: 'reported', permalink: '/limits/alpha', pageTitle: 'Alpha page' });
  });
});

describe('validate', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf(fixturePages())).toEqual([]);
  });

  const cases: [string, (p: PageFile[]) => PageFile[], RegExp][] = [
    ['unknown relation target', (p) => withEditBoth(p, 'limits/alpha.mdx', (s) => s.replace('supports={["fx-beta-one"]}', 'supports={["fx-nowhere"]}')), /limits\/alpha\.mdx:10: claim "fx-alpha-one" supports "fx-nowhere", which is not a claim in the en pages/],
    ['relation to itself', (p) => withEditBoth(p, 'camps/beta.mdx', (s) => s.replace('refines={["fx-alpha-two"]}', 'refines={["fx-beta-one"]}')), /camps\/beta\.mdx:8: claim "fx-beta-one" refines itself/],
    ['duplicate id', (p) => withEditBoth(p, 'camps/beta.mdx', (s) => s.replace('id="fx-beta-one"', 'id="fx-alpha-one"').replace('[[fx-beta-one', '[[fx-alpha-one')), /duplicate claim id "fx-alpha-one": already used at/],
    ['malformed id (spaces)', (p) => withEditBoth(p, 'camps/beta.mdx', (s) => s.replace('id="fx-beta-one"', 'id="fx beta one"')), /camps\/beta\.mdx:8: claim id "fx beta one" is malformed/],
    ['malformed id (Chinese)', (p) => withEditBoth(p, 'camps/beta.mdx', (s) => s.replace('id="fx-beta-one"', 'id="论断"')), /claim id "论断" is malformed/],
    ['missing speaker', (p) => withEditBoth(p, 'camps/beta.mdx', (s) => s.replace('by="speaker-a" ', '')), /camps\/beta\.mdx:8: claim "fx-beta-one" names no speaker/],
    ['unknown speaker', (p) => withEditBoth(p, 'camps/beta.mdx', (s) => s.replace('by="speaker-a"', 'by="nobody"')), /unknown speaker "nobody"/],
    ['missing source', (p) => withEditBoth(p, 'camps/beta.mdx', (s) => s.replace('source="source-b" ', '')), /claim "fx-beta-one" cites no source/],
    ['source not in the bibliography', (p) => withEditBoth(p, 'camps/beta.mdx', (s) => s.replace('source="source-b"', 'source="source-z"')), /unknown source "source-z"; add it to src\/data\/sources\.ts/],
    ['claim missing in zh-Hans', (p) => withEdit(p, 'zh-Hans', 'camps/beta.mdx', (s) => s.replace(/<Claim[\s\S]*<\/Claim>/, '')), /camps\/beta\.mdx:8: claim "fx-beta-one" has no zh-Hans twin: add the same <Claim id="fx-beta-one" \.\.\.> to i18n\/zh-Hans/],
    ['twin differs', (p) => withEdit(p, 'zh-Hans', 'camps/beta.mdx', (s) => s.replace('source="source-b"', 'source="source-a"')), /differs from its en twin .* in: source; only the statement may differ/],
    ['unknown claim reference', (p) => withEditBoth(p, 'limits/alpha.mdx', (s) => s.replace('[[fx-beta-one|', '[[fx-gone|')), /limits\/alpha\.mdx:6: \[\[fx-gone\]\] refers to no claim/],
    ['heading without id', (p) => withEditBoth(p, 'camps/beta.mdx', (s) => s.replace(/ \{#beta-section\}/, '')), /has no explicit id: end it with \{#kebab-case-id\}/],
    ['heading id missing in the other locale', (p) => withEdit(p, 'zh-Hans', 'camps/beta.mdx', (s) => s.replace('{#beta-section}', '{#other-section}')), /heading id "beta-section" has no counterpart in i18n\/zh-Hans/],
    ['formula id missing in the other locale', (p) => withEdit(p, 'zh-Hans', 'limits/alpha.mdx', (s) => s.replace('id="fx-formula"', 'id="fx-formula-zh"')), /formula id "fx-formula" has no counterpart/],
    ['anchor equal to a claim id', (p) => withEditBoth(p, 'camps/beta.mdx', (s) => s.replace('{#beta-section}', '{#fx-beta-one}')), /heading id "fx-beta-one" is also a claim id on this page/],
    ['page missing in zh-Hans', (p) => p.filter((x) => !(x.locale === 'zh-Hans' && x.docPath === 'camps/beta.mdx')), /page has no zh-Hans translation: add i18n\/zh-Hans\/docusaurus-plugin-content-docs\/current\/camps\/beta\.mdx/],
    ['unknown camp', (p) => withEditBoth(p, 'limits/alpha.mdx', (s) => s.replace('camp="camp-a"', 'camp="camp-z"')), /unknown camp "camp-z"/],
    ['bad status', (p) => withEditBoth(p, 'limits/alpha.mdx', (s) => s.replace('status="reported"', 'status="rumour"')), /status "rumour" is not one of fact, reported/],
    ['unreadable relation list', (p) => withEditBoth(p, 'limits/alpha.mdx', (s) => s.replace('supports={["fx-beta-one"]}', 'supports={ids}')), /<Claim supports>: write supports=\{\["id-one", "id-two"\]\}/],
    ['link to a missing page', (p) => withEditBoth(p, 'limits/alpha.mdx', (s) => s.replace('(/camps/beta#beta-section)', '(/camps/gamma)')), /limits\/alpha\.mdx:6: link to \/camps\/gamma: no page of the site has the path/],
    ['link to a missing anchor', (p) => withEditBoth(p, 'limits/alpha.mdx', (s) => s.replace('(/camps/beta#beta-section)', '(/camps/beta#no-such-section)')), /limits\/alpha\.mdx:6: link to \/camps\/beta#no-such-section: camps\/beta\.mdx has no heading, claim, formula or other anchor "no-such-section"/],
    ['link to a missing claim page', (p) => withEditBoth(p, 'limits/alpha.mdx', (s) => s.replace('(/camps/beta#beta-section)', '(/claims/fx-gone)')), /link to \/claims\/fx-gone: there is no claim "fx-gone"/],
    ['duplicate route', (p) => withEditBoth(p, 'camps/beta.mdx', (s) => s.replace('title:', 'slug: /limits/alpha\ntitle:')), /camps\/beta\.mdx:2: duplicate route \/limits\/alpha/],
    ['MDX syntax error', (p) => withEdit(p, 'en', 'camps/beta.mdx', (s) => s.replace('Beta one refines alpha two.', 'Beta one <refines alpha two.')), /camps\/beta\.mdx:\d+: MDX syntax error/],
  ];
  it.each(cases)('reports %s with file and line', (_name, mutate, expected) => {
    const problems = problemsOf(mutate(fixturePages()));
    expect(problems.join('\n')).toMatch(expected);
  });

  it('formats problems as file:line:col, sorted', () => {
    const out = formatProblems([
      { place: { file: '/s/b.mdx', line: 3, column: 1 }, message: 'second' },
      { place: { file: '/s/a.mdx', line: 9, column: 2 }, message: 'first' },
    ], '/s');
    expect(out).toBe('a.mdx:9:2: first\nb.mdx:3:1: second');
  });
});

describe('resolve', () => {
  const collected = collect(fixturePages());
  const { claims } = normalise(collected);
  const refs = new Map([['limits/alpha.mdx', ['fx-beta-one']]]);
  const en = resolve('en', claims, refs, ['limits/alpha.mdx', 'camps/beta.mdx'], FIXTURE_LOOKUP);
  const zh = resolve('zh-Hans', claims, refs, ['limits/alpha.mdx', 'camps/beta.mdx'], FIXTURE_LOOKUP);

  it('computes each relation from both ends', () => {
    const beta = en.claims.get('fx-beta-one')!;
    expect(beta.edges.map((e) => `${e.type}:${e.direction}:${e.target.id}`).sort()).toEqual(['refines:out:fx-alpha-two', 'supports:in:fx-alpha-one']);
    const two = en.claims.get('fx-alpha-two')!;
    expect(two.edges.map((e) => `${e.type}:${e.direction}:${e.target.id}`)).toEqual(['refines:in:fx-beta-one']);
  });
  it('links each edge to the claim anchor on its page', () => {
    const beta = en.claims.get('fx-beta-one')!;
    expect(beta.edges.find((e) => e.target.id === 'fx-alpha-one')!.target.href).toBe('/limits/alpha#fx-alpha-one');
  });
  it('suggests related claims from shared tags and speakers, excluding declared neighbours', () => {
    expect(en.claims.get('fx-alpha-two')!.related.map((r) => r.id)).toEqual(['fx-alpha-one']);
    expect(en.claims.get('fx-alpha-one')!.related.map((r) => r.id)).toEqual(['fx-alpha-two']);
  });
  it('localises speaker names and keeps per-page data to the page', () => {
    expect(zh.claims.get('fx-alpha-one')!.speaker).toBe('甲');
    const page = en.pages.get('limits/alpha.mdx')!;
    expect(Object.keys(page.claims).sort()).toEqual(['fx-alpha-one', 'fx-alpha-two']);
    expect(page.refs).toEqual(['fx-beta-one']);
    expect(en.pages.get('camps/beta.mdx')!.refs).toEqual([]);
    // The page's data gives back the same views the claim pages get (less the statement HTML).
    const { html, ...withoutHtml } = en.claims.get('fx-alpha-one')!;
    expect(html).toBeTruthy();
    expect(pageClaimView(page, 'fx-alpha-one')).toEqual(withoutHtml);
    expect(pageSummary(page, 'fx-beta-one')!.href).toBe('/camps/beta#fx-beta-one');
    // The statement is the page's own markup; its HTML copy is only for the claim's own page.
    expect(page.claims['fx-alpha-one']).not.toHaveProperty('html');
    expect(en.claims.get('fx-alpha-one')!.html).toBeTruthy();
  });
  it('builds the export index with facets', () => {
    expect(en.index.claims).toHaveLength(3);
    expect(en.index.speakers.map((s) => s.id)).toEqual(['speaker-a', 'speaker-b']);
    expect(en.index.camps).toEqual([{ id: 'camp-a', name: 'Camp A' }]);
  });
});
