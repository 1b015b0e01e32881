import { describe, expect, it } from 'vitest';
import { cardFileOf, readMeta, setImageMeta } from './html';
import { renderCard } from './card';

const page = '<html><head><title data-rh="true">Degenerative AI | Scaling Wall</title><meta data-rh="true" property="og:title" content="Degenerative AI | Scaling Wall"><meta data-rh="true" name="description" content="Coveney &amp; Succi on small exponents."><meta data-rh="true" property="og:image" content="https://x/img/old.png"></head><body></body></html>';

describe('social cards', () => {
  it('reads the title and description a page already carries', () => {
    expect(readMeta(page)).toMatchObject({ title: 'Degenerative AI | Scaling Wall', description: 'Coveney &amp; Succi on small exponents.' });
  });
  it('names one card per route', () => {
    expect(cardFileOf('limits/degenerative-ai')).toBe('img/cards/limits-degenerative-ai.png');
    expect(cardFileOf('')).toBe('img/cards/index.png');
    expect(cardFileOf('claims/cs-dai-defined')).toBe('img/cards/claims-cs-dai-defined.png');
  });
  it('points og:image and twitter:image at the card', () => {
    const out = setImageMeta(page, 'https://site/img/cards/a.png');
    expect(out).toContain('property="og:image" content="https://site/img/cards/a.png"');
    expect(out).toContain('name="twitter:image" content="https://site/img/cards/a.png"');
    expect(out).not.toContain('img/old.png');
    expect(out).toContain('summary_large_image');
  });
  it('draws a PNG with Chinese text without a browser', async () => {
    const png = await renderCard({ kicker: '论断', title: '小扩展指数是退化式人工智能的根源', description: 'Coveney 与 Succi 认为扩展指数太小。', footer: 'Scaling Wall' });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    // Glyphs were drawn: a blank card of one colour compresses far below this size.
    expect(png.length).toBeGreaterThan(15_000);
  }, 30_000);
});
