import type { ClientModule } from '@docusaurus/types';
import { ANCHOR_ALIASES } from '../data/redirects';

const strip = (p: string) => p.replace(/^\/zh-Hans(?=\/)/, '').replace(/\/$/, '') || '/';

/**
 * Two jobs on every route change. A renamed anchor keeps working: an old `#id` listed in
 * src/data/redirects.ts is swapped for its new one. And `:target` styles only follow real
 * navigations, so after a client-side change the element is marked by hand, so that the
 * arrival is highlighted the same way.
 */
const clientModule: ClientModule = {
  onRouteDidUpdate({ location }) {
    document.querySelectorAll('.sw-arrived').forEach((el) => el.classList.remove('sw-arrived'));
    if (!location.hash) return;
    let id = decodeURIComponent(location.hash.slice(1));
    if (!document.getElementById(id)) {
      const alias = ANCHOR_ALIASES.find((a) => strip(a.page) === strip(location.pathname) && a.from === id);
      if (!alias) return;
      id = alias.to;
      window.history.replaceState(window.history.state, '', `#${id}`);
    }
    const el = document.getElementById(id);
    if (!el) return;
    el.classList.add('sw-arrived');
    el.scrollIntoView();
  },
};
export default clientModule;
