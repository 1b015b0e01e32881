import type { ClientModule } from '@docusaurus/types';

/**
 * The local search plugin's results page has no <main> landmark (its component is not
 * ours to edit, and wrapping the theme Layout breaks the docs pages). On that route only,
 * the results container is marked as the main landmark, so that screen-reader users can
 * jump straight to the results.
 */
const clientModule: ClientModule = {
  onRouteDidUpdate({ location }) {
    if (!/\/search\/?$/.test(location.pathname)) return;
    const container = document.querySelector('.main-wrapper > .container');
    if (container && !document.querySelector('main, [role="main"]')) container.setAttribute('role', 'main');
  },
};
export default clientModule;
