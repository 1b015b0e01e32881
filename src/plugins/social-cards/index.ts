import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { renderCard } from './card';
import { cardFileOf, decodeEntities, readMeta, setImageMeta } from './html';

/**
 * After each locale's build: one link-preview card per page, from the page's own title and
 * description, written to img/cards/ and wired into the page's og:image and twitter:image.
 */
const KICKERS: Record<string, Record<string, string>> = {
  en: { claims: 'Claim', limits: 'Limits', camps: 'Camps', strategies: 'Strategies', sources: 'Sources', '': 'Have LLM scaling laws hit a wall?' },
  'zh-Hans': { claims: '论断', limits: '极限', camps: '阵营', strategies: '策略', sources: '来源', '': '大模型扩展定律撞墙了吗？' },
};

/** The section label of a route, in the build's language. */
export function kickerOf(locale: string, routeRel: string): string {
  const k = KICKERS[locale] ?? KICKERS.en;
  const first = routeRel.replace(/^\/+/, '').split('/')[0];
  return k[first] ?? k[''];
}

export default function socialCardsPlugin(context: LoadContext): Plugin {
  return {
    name: 'social-cards',
    async postBuild({ outDir, routesPaths, siteConfig }) {
      const base = context.baseUrl;
      let n = 0;
      for (const route of routesPaths) {
        if (route.endsWith('/404.html') || route.endsWith('/search')) continue;
        const rel = route.startsWith(base) ? route.slice(base.length) : route.replace(/^\//, '');
        const htmlFile = path.join(outDir, rel, 'index.html');
        if (!fs.existsSync(htmlFile)) continue;
        const html = fs.readFileSync(htmlFile, 'utf8');
        const meta = readMeta(html);
        if (!meta.title) continue;
        const card = cardFileOf(rel);
        const png = await renderCard({
          kicker: kickerOf(context.i18n.currentLocale, rel),
          title: decodeEntities(meta.title.replace(/\s*\|\s*[^|]+$/, '')),
          description: decodeEntities(meta.description),
          footer: `${siteConfig.title} · ${new URL(siteConfig.url).host}${route}`,
        });
        fs.mkdirSync(path.dirname(path.join(outDir, card)), { recursive: true });
        fs.writeFileSync(path.join(outDir, card), png);
        fs.writeFileSync(htmlFile, setImageMeta(html, `${siteConfig.url}${base}${card}`));
        n += 1;
      }
      console.log(`[social-cards] ${n} cards for ${context.i18n.currentLocale}`);
    },
  };
}
