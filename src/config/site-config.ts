import path from 'node:path';
import type { Config, PluginConfig } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { rehypeKatexFailOnError } from '../plugins/markdown/rehype-katex-fail';
import { rehypeKatexFocusable } from '../plugins/markdown/rehype-katex-focusable';
import { remarkFormula } from '../plugins/markdown/remark-formula';
import { remarkClaims } from '../plugins/claims/remark';
import { remarkComponents } from '../plugins/markdown/remark-components';
import { remarkMermaidCheck } from '../plugins/markdown/remark-mermaid-check';
import { remarkInlineMath } from '../plugins/markdown/remark-inline-math';
import { SEARCH_SHORTCUT } from '../plugins/lazy-search-bar/shortcut';
import { parseFrontMatter } from '../plugins/markdown/front-matter';
import { PAGE_REDIRECTS } from '../data/redirects';

export interface SiteOptions {
  /** The folder that holds docs/, i18n/ and this config. */
  readonly siteDir: string;
  /** Local search (off for the small fixture sites that tests build). */
  readonly search?: boolean;
  /** A sidebars file; absent: one sidebar generated from the docs folder. */
  readonly sidebarPath?: string;
  readonly locales?: readonly string[];
  /** Link-preview cards for every page (slow at thousands of pages; off for fixtures and benchmarks). */
  readonly socialCards?: boolean;
  /** Leave out the navbar and footer links to the site's own pages (for fixture sites that lack them). */
  readonly minimal?: boolean;
}

/**
 * The whole Docusaurus configuration, as a function so that the site and the small
 * fixture sites of the tests are built by exactly the same rules.
 */
export function makeConfig({ siteDir, search = true, sidebarPath, locales = ['en', 'zh-Hans'], minimal = false, socialCards = !minimal }: SiteOptions): Config {
const generatedFilesDir = path.join(siteDir, '.docusaurus');

/** The site's public address; override with SITE_URL when deploying elsewhere. */
const url = process.env.SITE_URL ?? 'https://scaling-wall.example.org';
const searchTheme: PluginConfig[] = search ? [[
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['en', 'zh'],
        indexDocs: true,
        indexBlog: false,
        indexPages: true,
        // Docs live at the root; naming their sections lets the claim pages and the explorer be indexed as pages too.
        docsRouteBasePath: ['limits', 'camps', 'strategies', 'sources'],
        highlightSearchTermsOnTargetPage: true,
        explicitSearchResultPath: true,
        searchResultLimits: 10,
        searchBarShortcutHint: true,
        searchBarShortcutKeymap: SEARCH_SHORTCUT,
        // Relation lists and hover previews repeat other claims' text on every page: indexing
        // them would multiply the index and rank copies above the claims themselves.
        ignoreCssSelectors: ['.sw-noindex'],
        ignoreFiles: [/^claims\/graph/],
      },
    ]] : [];

const config: Config = {
  title: 'Scaling Wall',
  tagline: 'Have LLM scaling laws hit a wall? The claims, the camps, the evidence.',
  favicon: 'img/favicon.svg',
  url,
  baseUrl: '/',
  trailingSlash: undefined,

  future: {
    // Turned on one by one: the `v4: true` shortcut would also turn off the `{#id}`
    // heading-id syntax that every page relies on.
    v4: { removeLegacyPostBuildHeadAttribute: true, useCssCascadeLayers: false },
    faster: {
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: true,
      lightningCssMinimizer: true,
      mdxCrossCompilerCache: true,
      rspackBundler: true,
      // Known to go stale across locales; builds must be reproducible in CI.
      rspackPersistentCache: false,
      ssgWorkerThreads: true,
      gitEagerVcs: false,
    },
  },

  // Nothing broken ships: every one of these fails the build.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {
    defaultLocale: 'en',
    locales: [...locales],
    localeConfigs: {
      en: { label: 'English', htmlLang: 'en' },
      'zh-Hans': { label: '简体中文', htmlLang: 'zh-Hans' },
    },
  },

  markdown: {
    format: 'mdx',
    mermaid: true,
    mdx1Compat: { comments: true, admonitions: true, headingIds: true },
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
    parseFrontMatter,
  },

  // The lazy search bar wraps the search theme's SearchBar, so it must come after it (themes
  // load after plugins, and a later theme's component shadows an earlier one's).
  themes: ['@docusaurus/theme-mermaid', ...searchTheme, ...(search ? [path.resolve(__dirname, '../plugins/lazy-search-bar/index.ts')] : [])],

  plugins: [
    ['@docusaurus/plugin-client-redirects', { redirects: PAGE_REDIRECTS.map((r) => ({ from: r.from, to: r.to })) }],
    path.resolve(__dirname, '../plugins/site-theme/index.ts'),
    [path.resolve(__dirname, '../plugins/claims/index.ts'), { generatedFilesDir }],
    ...(socialCards ? [path.resolve(__dirname, '../plugins/social-cards/index.ts')] : []),
  ],

  clientModules: [require.resolve('../client/katex-css.ts'), require.resolve('../client/highlight-target.ts'), require.resolve('../client/search-landmark.ts')],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: sidebarPath ?? undefined,
          showLastUpdateTime: false,
          beforeDefaultRemarkPlugins: [remarkMermaidCheck],
          remarkPlugins: [remarkMath, [remarkClaims, { generatedFilesDir }], remarkFormula, remarkComponents, remarkInlineMath],
          rehypePlugins: [[rehypeKatex, { strict: 'error', throwOnError: false }], rehypeKatexFailOnError, rehypeKatexFocusable],
        },
        blog: false,
        pages: {
          beforeDefaultRemarkPlugins: [remarkMermaidCheck],
          remarkPlugins: [remarkMath],
          rehypePlugins: [[rehypeKatex, { strict: 'error', throwOnError: false }], rehypeKatexFailOnError],
        },
        theme: { customCss: require.resolve('../css/custom.css') },
        sitemap: { lastmod: null, changefreq: null, priority: null },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    metadata: [{ name: 'theme-color', content: '#1f3a5f' }],
    colorMode: { respectPrefersColorScheme: true },
    docs: { sidebar: { hideable: true } },
    navbar: {
      title: 'Scaling Wall',
      // Decorative: the title beside it already names the site.
      logo: { alt: '', src: 'img/logo.svg', width: 28, height: 28 },
      items: [
        ...(minimal
          ? []
          : [
              { type: 'docSidebar', sidebarId: 'main', position: 'left' as const, label: 'Read' },
              { to: '/claims', label: 'Claims', position: 'left' as const },
              { to: '/claims/graph', label: 'Graph', position: 'left' as const },
              { to: '/sources', label: 'Sources', position: 'left' as const },
            ]),
        { type: 'localeDropdown', position: 'right' as const },
      ],
    },
    footer: minimal ? undefined : {
      style: 'dark',
      links: [
        {
          title: 'Read',
          items: [
            { label: 'Overview', to: '/' },
            { label: 'Limits', to: '/limits/' },
            { label: 'Camps', to: '/camps/' },
            { label: 'Strategies', to: '/strategies/' },
          ],
        },
        {
          title: 'Claims',
          items: [
            { label: 'Claims explorer', to: '/claims' },
            { label: 'Claims graph', to: '/claims/graph' },
            { label: 'Sources', to: '/sources' },
          ],
        },
      ],
      copyright:
        'Written by the Scaling Wall editors from five source articles and the primary papers they rely on. Quotations belong to their speakers.',
    },
    prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula },
    mermaid: { theme: { light: 'neutral', dark: 'dark' } },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
  } satisfies Preset.ThemeConfig,
};
return config;
}
