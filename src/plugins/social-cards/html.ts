/** Reads a built page's title, description and section label from its static HTML. */
export function readMeta(html: string): { title: string; description: string } {
  const attr = (re: RegExp) => re.exec(html)?.[1] ?? '';
  const title = attr(/<meta[^>]+property="og:title"[^>]+content="([^"]*)"/) || attr(/<title[^>]*>([^<]*)<\/title>/);
  const description = attr(/<meta[^>]+name="description"[^>]+content="([^"]*)"/);
  return { title, description };
}

export function decodeEntities(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** `limits/degenerative-ai` → `img/cards/limits-degenerative-ai.png`; the home page → `img/cards/index.png`. */
export function cardFileOf(routeRel: string): string {
  const slug = routeRel.replace(/^\/+|\/+$/g, '').replace(/[^a-zA-Z0-9_-]+/g, '-') || 'index';
  return `img/cards/${slug}.png`;
}

/** Points og:image and twitter:image at the page's own card, adding the tags when missing. */
export function setImageMeta(html: string, imageUrl: string): string {
  let out = html;
  const og = /<meta[^>]+property="og:image"[^>]*>/;
  const tw = /<meta[^>]+name="twitter:image"[^>]*>/;
  const ogTag = `<meta data-rh="true" property="og:image" content="${imageUrl}">`;
  const twTag = `<meta data-rh="true" name="twitter:image" content="${imageUrl}">`;
  out = og.test(out) ? out.replace(og, ogTag) : out.replace('</head>', `${ogTag}</head>`);
  out = tw.test(out) ? out.replace(tw, twTag) : out.replace('</head>', `${twTag}</head>`);
  if (!/name="twitter:card"/.test(out)) out = out.replace('</head>', '<meta name="twitter:card" content="summary_large_image"></head>');
  return out;
}
