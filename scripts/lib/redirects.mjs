// Reads src/data/redirects.ts without a TypeScript toolchain: it holds plain data only.
import fs from 'node:fs';
import path from 'node:path';

const file = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../src/data/redirects.ts');

/** Extracts the arrays `PAGE_REDIRECTS` and `ANCHOR_ALIASES` (object literals with string fields). */
export async function loadRedirects() {
  const src = fs.readFileSync(file, 'utf8');
  const grab = (name) => {
    const m = new RegExp(`export const ${name}[^=]*=\\s*(\\[[\\s\\S]*?\\]);`).exec(src);
    if (!m) throw new Error(`${file}: cannot find ${name}`);
    const json = m[1].replace(/\/\/.*$/gm, '').replace(/(\w+):/g, '"$1":').replace(/'/g, '"').replace(/,\s*([}\]])/g, '$1');
    return JSON.parse(json);
  };
  return { pageRedirects: grab('PAGE_REDIRECTS'), anchorAliases: grab('ANCHOR_ALIASES') };
}
