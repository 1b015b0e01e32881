// Bytes a page ships on first load, read from the built files: its HTML, and the JS and
// CSS its HTML references (scripts, stylesheets and preloads), each gzipped at level 9.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

/** @returns {{ html: number, js: number, css: number, total: number, files: string[] }} */
export function pageWeight(buildDir, urlPath) {
  const clean = urlPath.replace(/[?#].*$/, '');
  const candidates = [path.join(buildDir, clean, 'index.html'), path.join(buildDir, `${clean}.html`), path.join(buildDir, clean)];
  const htmlFile = candidates.find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  if (!htmlFile) throw new Error(`no built page for ${urlPath} in ${buildDir}`);
  const html = fs.readFileSync(htmlFile);
  const refs = new Set([...html.toString('utf8').matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]));
  let js = 0;
  let css = 0;
  const files = [];
  for (const ref of refs) {
    if (/^https?:/.test(ref)) continue;
    const file = path.join(buildDir, ref);
    if (!fs.existsSync(file)) continue;
    const b = gz(fs.readFileSync(file));
    if (ref.endsWith('.js')) js += b;
    else css += b;
    files.push(ref);
  }
  const h = gz(html);
  return { html: h, js, css, total: h + js + css, files };
}
