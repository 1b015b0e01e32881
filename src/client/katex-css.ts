// KaTeX's stylesheet and fonts, bundled and served from this site (no CDN).
import 'katex/dist/katex.min.css';
