/**
 * Docusaurus puts every route in the client's main bundle (routes.js, routesChunkNames.json,
 * registry.js), so one route per claim made every page of the site grow with the number
 * of claims. The server bundle keeps every `/claims/<id>` route, so each claim is still
 * pre-rendered with its own HTML and meta; the client bundle gets these files rewritten
 * with the claim routes collapsed into one `/claims/:id` route whose page reads its data
 * from the pre-rendered HTML, or fetches `/claims/<id>.json` on client-side navigation.
 *
 * The rewrite works on the text Docusaurus 3.10 generates (core/lib/server/codegen). If
 * that format changes, it fails the build instead of shipping a half-rewritten table.
 */
import fs from 'node:fs';
import path from 'node:path';

/** routesChunkNames.json: route key (`path-hash`) → chunk names, possibly nested. */
export type ChunkTree = string | { readonly [key: string]: ChunkTree } | readonly ChunkTree[];
export type RoutesChunkNames = Readonly<Record<string, Readonly<Record<string, ChunkTree>>>>;

export interface GeneratedRoutes {
  readonly routesJs: string;
  readonly chunkNames: RoutesChunkNames;
  readonly registryJs: string;
}

export interface CollapseOptions {
  /** Paths of the routes to collapse, e.g. `/zh-Hans/claims/cs-chain`. */
  readonly paths: ReadonlySet<string>;
  /** The one route that replaces them, e.g. `/zh-Hans/claims/:id`. */
  readonly paramPath: string;
  /** Module props of the collapsed routes that the client no longer loads. */
  readonly dropModules: readonly string[];
}

interface RouteBlock {
  readonly path: string;
  readonly hash: string;
  readonly text: string;
}

const OPEN = '  {';
const CLOSE = /^ {2}\},?$/;
const PATH = /^ {4}path: '((?:[^'\\]|\\.)*)',$/;
const COMPONENT = /^ {4}component: ComponentCreator\('((?:[^'\\]|\\.)*)'(?:, '(\w+)')?\),?$/;
const PARAM_HASH = 'cl1';

function formatError(what: string): Error {
  return new Error(
    `[claims-graph] Cannot collapse the claim routes: ${what}. Docusaurus's generated routes.js ` +
      'has changed shape; update src/plugins/claims/client-routes.ts for the new format.',
  );
}

/** Splits routes.js into its head, its top-level route blocks and its tail. */
function parseRoutes(routesJs: string): { head: string[]; blocks: RouteBlock[]; tail: string[] } {
  const lines = routesJs.split('\n');
  const start = lines.indexOf('export default [');
  const end = lines.lastIndexOf('];');
  if (start < 0 || end < start) throw formatError('no "export default [ … ];" array');
  const blocks: RouteBlock[] = [];
  let i = start + 1;
  while (i < end) {
    if (lines[i] !== OPEN) throw formatError(`line ${i + 1} is not the start of a route: ${JSON.stringify(lines[i])}`);
    let j = i + 1;
    while (j < end && !CLOSE.test(lines[j]!)) j += 1;
    if (j >= end) throw formatError(`route at line ${i + 1} is not closed`);
    const body = lines.slice(i, j + 1);
    const path = PATH.exec(body[1] ?? '')?.[1];
    const component = COMPONENT.exec(body[2] ?? '');
    if (path === undefined || !component || component[1] !== path) throw formatError(`route at line ${i + 1} has no path/component pair`);
    blocks.push({ path, hash: component[2] ?? '', text: body.join('\n') });
    i = j + 1;
  }
  return { head: lines.slice(0, start + 1), blocks, tail: lines.slice(end) };
}

function chunkNamesIn(tree: ChunkTree, into: Set<string>): void {
  if (typeof tree === 'string') into.add(tree);
  else if (Array.isArray(tree)) for (const t of tree) chunkNamesIn(t, into);
  else for (const t of Object.values(tree as Record<string, ChunkTree>)) chunkNamesIn(t, into);
}

/**
 * Replaces the given top-level routes with one parameterised route, placed after every
 * remaining route it could shadow (react-router takes the first match), and drops the
 * chunk-name and registry entries nothing refers to any more.
 */
export function collapseRoutes(generated: GeneratedRoutes, options: CollapseOptions): GeneratedRoutes {
  const { head, blocks, tail } = parseRoutes(generated.routesJs);
  const removed = blocks.filter((b) => options.paths.has(b.path));
  const missing = [...options.paths].filter((p) => !removed.some((b) => b.path === p));
  if (missing.length) throw formatError(`${missing.length} claim route(s) not found at the top level, e.g. ${missing[0]}`);
  const first = removed[0];
  if (!first) return generated;
  const prefix = options.paramPath.slice(0, options.paramPath.lastIndexOf('/') + 1);
  const kept = blocks.filter((b) => !options.paths.has(b.path));
  // After the last route that also lives under the prefix (e.g. /claims/graph), so that
  // it keeps winning; before any catch-all route (the docs root at "/").
  const lastSibling = kept.reduce((at, b, k) => (b.path.startsWith(prefix) ? k : at), -1);
  // Every block before the first removed one is kept, so its index is also its index in `kept`.
  const insertAt = Math.max(lastSibling + 1, blocks.indexOf(first));
  const param = [
    OPEN,
    `    path: '${options.paramPath}',`,
    `    component: ComponentCreator('${options.paramPath}', '${PARAM_HASH}'),`,
    '    exact: true',
    '  },',
  ].join('\n');
  const ordered = [...kept.slice(0, insertAt).map((b) => b.text), param, ...kept.slice(insertAt).map((b) => b.text)];
  const routesJs = [...head, ...ordered, ...tail].join('\n');

  const template = generated.chunkNames[`${first.path}-${first.hash}`];
  if (!template) throw formatError(`no chunk names for ${first.path}`);
  const removedKeys = new Set(removed.map((b) => `${b.path}-${b.hash}`));
  const chunkNames: RoutesChunkNames = {
    ...Object.fromEntries(Object.entries(generated.chunkNames).filter(([key]) => !removedKeys.has(key))),
    [`${options.paramPath}-${PARAM_HASH}`]: Object.fromEntries(Object.entries(template).filter(([key]) => !options.dropModules.includes(key))),
  };

  const used = new Set<string>();
  for (const tree of Object.values(chunkNames)) chunkNamesIn(tree, used);
  // The last entry carries the object's closing "};" on its own line; split it off first.
  const registryJs = generated.registryJs
    .replace(/\],\};\n?$/, '],\n};\n')
    .split('\n')
    .filter((line) => {
      const name = /^ {2}"([^"]+)": \[/.exec(line)?.[1];
      return name === undefined || used.has(name);
    })
    .join('\n');
  return { routesJs, chunkNames, registryJs };
}

/** Reads the generated files, collapses the claim routes and writes the client's copies. */
export function writeClientRoutes(
  generatedFilesDir: string,
  outDir: string,
  options: CollapseOptions,
): { readonly routes: string; readonly routesChunkNames: string; readonly registry: string } {
  const read = (name: string) => fs.readFileSync(path.join(generatedFilesDir, name), 'utf8');
  const collapsed = collapseRoutes(
    { routesJs: read('routes.js'), chunkNames: JSON.parse(read('routesChunkNames.json')) as RoutesChunkNames, registryJs: read('registry.js') },
    options,
  );
  fs.mkdirSync(outDir, { recursive: true });
  const files = {
    routes: path.join(outDir, 'routes.js'),
    routesChunkNames: path.join(outDir, 'routesChunkNames.json'),
    registry: path.join(outDir, 'registry.js'),
  };
  fs.writeFileSync(files.routes, collapsed.routesJs);
  fs.writeFileSync(files.routesChunkNames, JSON.stringify(collapsed.chunkNames));
  fs.writeFileSync(files.registry, collapsed.registryJs);
  return files;
}
