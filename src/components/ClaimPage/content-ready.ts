/**
 * A window event a page fires when content it fetched after a client-side navigation is
 * in the DOM, for code that works on the page's text once (the search-term highlighter).
 */
export const CONTENT_READY = 'scalingwall:content-ready';

export function announceContentReady(): void {
  window.dispatchEvent(new Event(CONTENT_READY));
}
