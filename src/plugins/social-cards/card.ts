import fs from 'node:fs';
import path from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

export interface CardText {
  /** Small label above the title: the theme, "Claim", the site section. */
  readonly kicker: string;
  readonly title: string;
  readonly description: string;
  /** Bottom line: the site's name and the page's path. */
  readonly footer: string;
}

type Node = { type: string; props: { style?: Record<string, string | number>; children?: Node[] | string } };
const el = (type: string, style: Record<string, string | number>, children?: Node[] | string): Node => ({ type, props: { style, children } });

const FONT_DIR = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** Noto Sans SC (Latin and Chinese), read once: it ships with the site's dependencies, nothing is fetched. */
function loadFonts() {
  fonts ??= [
    { name: 'Noto Sans SC', data: fs.readFileSync(path.join(FONT_DIR, '400Regular/NotoSansSC_400Regular.ttf')), weight: 400, style: 'normal' },
    { name: 'Noto Sans SC', data: fs.readFileSync(path.join(FONT_DIR, '700Bold/NotoSansSC_700Bold.ttf')), weight: 700, style: 'normal' },
  ];
  return fonts;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A 1200×630 PNG link-preview card, drawn without a browser (satori → SVG → resvg). */
export async function renderCard(text: CardText): Promise<Buffer> {
  const titleSize = text.title.length > 70 ? 46 : text.title.length > 40 ? 54 : 64;
  const tree = el('div', { display: 'flex', flexDirection: 'column', width: 1200, height: 630, padding: '56px 64px', background: '#0f2a4a', color: '#ffffff', fontFamily: 'Noto Sans SC' }, [
    el('div', { display: 'flex', alignItems: 'center', fontSize: 28, color: '#f3c26b', fontWeight: 700, letterSpacing: 1 }, clip(text.kicker, 60)),
    el('div', { display: 'flex', marginTop: 28, fontSize: titleSize, fontWeight: 700, lineHeight: 1.25 }, clip(text.title, 110)),
    el('div', { display: 'flex', marginTop: 24, fontSize: 30, lineHeight: 1.45, color: '#c9d7ea' }, clip(text.description, 160)),
    el('div', { display: 'flex', marginTop: 'auto', justifyContent: 'space-between', fontSize: 24, color: '#9fb4cf' }, [
      el('div', { display: 'flex' }, clip(text.footer, 90)),
      el('div', { display: 'flex', width: 120, height: 12, background: '#f3c26b', borderRadius: 6, marginTop: 12 }),
    ]),
  ]);
  // satori's types expect React elements; this plain object tree is the same shape.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}
