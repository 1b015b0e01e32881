import { describe, expect, it } from 'vitest';
import { collapseRoutes, type GeneratedRoutes } from './client-routes';

// The shape Docusaurus 3.10's codegen writes (core/lib/server/codegen/codegenRoutes.js).
const route = (p: string, hash: string, extra = '    exact: true') =>
  ['  {', `    path: '${p}',`, `    component: ComponentCreator('${p}', '${hash}'),`, extra, '  },'].join('\n');
const routesJs = [
  "import React from 'react';",
  "import ComponentCreator from '@docusaurus/ComponentCreator';",
  '',
  'export default [',
  route('/claims', 'e01'),
  route('/claims/a', 'a01'),
  route('/claims/b', 'b01'),
  route('/claims/graph', 'g01'),
  route('/search', 's01'),
  ['  {', "    path: '/',", "    component: ComponentCreator('/', 'r01'),", '    routes: [', '      {', "        path: '/claims/nested',", "        component: ComponentCreator('/claims/nested', 'n01'),", '        exact: true', '      }', '    ]', '  },'].join('\n'),
  ['  {', "    path: '*',", "    component: ComponentCreator('*'),", '  },'].join('\n'),
  '];',
  '',
].join('\n');
const generated: GeneratedRoutes = {
  routesJs,
  chunkNames: {
    '/claims-e01': { __comp: 'explorer', index: 'idx' },
    '/claims/a-a01': { __comp: 'page', __context: { plugin: 'ctx' }, claims: 'groupA' },
    '/claims/b-b01': { __comp: 'page', __context: { plugin: 'ctx' }, claims: 'groupB' },
    '/claims/graph-g01': { __comp: 'graph' },
    '/search-s01': { __comp: 'search' },
  },
  // As generated: the closing "};" follows the last entry on the same line.
  registryJs: `export default {\n${['explorer', 'idx', 'page', 'ctx', 'graph', 'search', 'groupA', 'groupB'].map((n) => `  "${n}": [() => import("/x/${n}"), "/x/${n}", require.resolveWeak("/x/${n}")],`).join('\n')}};\n`,
};
const options = { paths: new Set(['/claims/a', '/claims/b']), paramPath: '/claims/:id', dropModules: ['claims'] };

const topLevelPaths = (js: string) => [...js.matchAll(/^ {4}path: '([^']*)'/gm)].map((m) => m[1]);

describe('collapseRoutes', () => {
  const out = collapseRoutes(generated, options);

  it('replaces the claim routes with one parameterised route after /claims/graph and before the catch-alls', () => {
    expect(topLevelPaths(out.routesJs)).toEqual(['/claims', '/claims/graph', '/claims/:id', '/search', '/', '*']);
    expect(out.routesJs).toContain("component: ComponentCreator('/claims/:id', 'cl1'),");
    expect(out.routesJs).toContain("path: '/claims/nested',");
  });

  it('gives the new route the page component and context, without the data module', () => {
    expect(out.chunkNames['/claims/:id-cl1']).toEqual({ __comp: 'page', __context: { plugin: 'ctx' } });
    expect(Object.keys(out.chunkNames)).not.toContain('/claims/a-a01');
  });

  it('drops the registry entries that nothing refers to any more', () => {
    expect(out.registryJs).not.toMatch(/"groupA"|"groupB"/);
    expect(out.registryJs).toMatch(/"page"/);
    expect(out.registryJs).toMatch(/"idx"/);
    expect(out.registryJs.trimEnd().endsWith('};')).toBe(true);
  });

  it('fails loudly when a claim route is missing or the file has another shape', () => {
    expect(() => collapseRoutes(generated, { ...options, paths: new Set(['/claims/zzz']) })).toThrow(/not found at the top level, e\.g\. \/claims\/zzz/);
    expect(() => collapseRoutes({ ...generated, routesJs: routesJs.replace('export default [', 'export const routes = [') }, options)).toThrow(/changed shape/);
    expect(() => collapseRoutes({ ...generated, routesJs: routesJs.replace("    path: '/search',", "    path: \"/search\",") }, options)).toThrow(/no path\/component pair/);
  });
});
