import type { ClientModule } from '@docusaurus/types';

/**
 * `:target` styles only follow real navigations; after a client-side route change
 * (a claim link clicked inside the site) the element is marked by hand so that the
 * arrival is highlighted the same way.
 */
const clientModule: ClientModule = {
  onRouteDidUpdate({ location }) {
    document.querySelectorAll('.sw-arrived').forEach((el) => el.classList.remove('sw-arrived'));
    if (!location.hash) return;
    const id = decodeURIComponent(location.hash.slice(1));
    const el = document.getElementById(id);
    if (!el) return;
    el.classList.add('sw-arrived');
  },
};
export default clientModule;
