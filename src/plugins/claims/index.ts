import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { Locale } from '../../data/types';
import { SOURCES } from '../../data/sources';
import { SPEAKERS } from '../../data/speakers';
import { CAMPS } from '../../data/camps';
import { DOCS_ROOTS } from './collect';
import { pageDataFile, writeIfChanged } from './data-files';
import { layoutGraph } from './layout';
import { runPipeline } from './pipeline';
import type { Lookup, ResolvedLocale } from './resolve';
import type { ClaimView } from './views';
import { formatProblems } from './validate';
import { writeClientRoutes } from './client-routes';

const COMPONENTS = path.resolve(__dirname, '../../components');

export interface ClaimsPluginOptions {
  readonly generatedFilesDir: string;
}

export interface ClaimsContent {
  readonly resolved: ResolvedLocale;
}

export const lookup: Lookup = {
  speakers: SPEAKERS,
  sources: SOURCES,
  campNames: new Map(CAMPS.map((c) => [c.id, c.name])),
};

/**
 * The claims graph. Before bundling it reads every claim of both locales, checks the
 * whole graph (failing the build with file:line:col for each problem), writes each docs
 * page's claim data for the remark step to import, and adds the claim pages, the
 * explorer and the graph view. After the build it writes /claims.json per locale.
 */
export default function claimsPlugin(context: LoadContext, options: ClaimsPluginOptions): Plugin<ClaimsContent> {
  const locale = context.i18n.currentLocale as Locale;
  const base = context.baseUrl;
  return {
    name: 'claims-graph',

    getPathsToWatch() {
      return Object.values(DOCS_ROOTS).map((r) => path.join(context.siteDir, r, '**/*.{md,mdx}'));
    },

    async loadContent() {
      const result = runPipeline(context.siteDir, lookup);
      if (result.problems.length) {
        throw new Error(`The claims graph has ${result.problems.length} problem(s):\n${formatProblems(result.problems, context.siteDir)}\n`);
      }
      const resolved = result.resolved.get(locale)!;
      for (const [docPath, data] of resolved.pages) {
        writeIfChanged(pageDataFile(options.generatedFilesDir, locale, docPath), `${JSON.stringify(data)}\n`);
      }
      return { resolved };
    },

    async contentLoaded({ content, actions }) {
      const { resolved } = content;
      const indexData = await actions.createData(`index-${locale}.json`, JSON.stringify(resolved.index));
      actions.addRoute({ path: `${base}claims`, exact: true, component: path.join(COMPONENTS, 'ClaimsExplorer/index.tsx'), modules: { index: indexData } });
      const layout = await actions.createData(`graph-${locale}.json`, JSON.stringify(layoutGraph(resolved.index)));
      actions.addRoute({ path: `${base}claims/graph`, exact: true, component: path.join(COMPONENTS, 'ClaimsGraph/index.tsx'), modules: { layout } });
      // One data module per source page, shared by the pages of its claims, so the server
      // bundle and the dev server compile one module per page, not per claim (the production
      // client loads none of them: see configureWebpack).
      const groups = new Map<string, Record<string, ClaimView>>();
      for (const [id, view] of resolved.claims) {
        const key = view.href.split('#')[0]!;
        const group = groups.get(key) ?? {};
        group[id] = view;
        groups.set(key, group);
      }
      for (const [pagePath, claims] of groups) {
        const slug = pagePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'index';
        const data = await actions.createData(`claims-${locale}-${slug}.json`, JSON.stringify(claims));
        for (const id of Object.keys(claims)) {
          actions.addRoute({ path: `${base}claims/${id}`, exact: true, component: path.join(COMPONENTS, 'ClaimPage/index.tsx'), modules: { claims: data } });
        }
      }
    },

    configureWebpack(config, isServer, _utils, content) {
      // Production client bundle only: the server still pre-renders every claim page, and
      // the dev server keeps the plain per-claim routes (its generated files change live).
      if (isServer || config.mode !== 'production') return {};
      const files = writeClientRoutes(context.generatedFilesDir, path.join(options.generatedFilesDir, `client-${locale}`), {
        paths: new Set([...content.resolved.claims.keys()].map((id) => `${base}claims/${id}`)),
        paramPath: `${base}claims/:id`,
        dropModules: ['claims'],
      });
      const alias = config.resolve?.alias;
      if (!alias || Array.isArray(alias)) throw new Error('[claims-graph] expected an object for resolve.alias');
      // Exact-match keys placed first: the generic "@generated" prefix alias would win otherwise.
      config.resolve!.alias = {
        '@generated/routes$': files.routes,
        '@generated/routesChunkNames$': files.routesChunkNames,
        '@generated/registry$': files.registry,
        ...alias,
      };
      return {};
    },

    async postBuild({ content, outDir }) {
      const exported = { ...content.resolved.index, generated: 'build', schema: 'claims-graph/1' };
      fs.writeFileSync(path.join(outDir, 'claims.json'), `${JSON.stringify(exported, null, 1)}\n`);
      // What a claim page fetches when the reader reaches it by client-side navigation.
      for (const [id, view] of content.resolved.claims) {
        fs.writeFileSync(path.join(outDir, 'claims', `${id}.json`), JSON.stringify(view));
      }
    },
  };
}
