import { useEffect, useMemo, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ClaimView } from '../../plugins/claims/views';
import { announceContentReady } from './content-ready';

/** The element that carries a claim page's data in its pre-rendered HTML. */
export const DATA_ELEMENT_ID = 'sw-claim-data';

/** JSON that is safe inside a <script> element ("</script>" cannot close it). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function fromDocument(id: string): ClaimView | undefined {
  if (typeof document === 'undefined') return undefined;
  const el = document.getElementById(DATA_ELEMENT_ID);
  if (!el || el.dataset.id !== id || !el.textContent) return undefined;
  return JSON.parse(el.textContent) as ClaimView;
}

/**
 * A claim page's data. In the server render (and the dev server) it comes from the route's
 * data module. The production client has one `/claims/:id` route and no data module (see
 * plugins/claims/client-routes.ts): on first load it reads the JSON the server wrote into
 * the page, so hydration matches; after client-side navigation it fetches
 * `/claims/<id>.json`. `undefined` while loading, `null` when there is no such claim.
 */
export function useClaimView(id: string, fromModule?: Readonly<Record<string, ClaimView>>): ClaimView | null | undefined {
  const url = useBaseUrl(`/claims/${encodeURIComponent(id)}.json`);
  const embedded = useMemo(() => fromModule?.[id] ?? fromDocument(id), [fromModule, id]);
  const [fetched, setFetched] = useState<Readonly<Record<string, ClaimView | null>>>({});
  const known = embedded ?? fetched[id];
  const arrived = !embedded && fetched[id] !== undefined;
  useEffect(() => {
    if (arrived) announceContentReady();
  }, [arrived, id]);
  useEffect(() => {
    if (known !== undefined) return undefined;
    const abort = new AbortController();
    fetch(url, { signal: abort.signal })
      .then(async (res) => (res.ok ? ((await res.json()) as ClaimView) : null))
      .then((view) => setFetched((f) => ({ ...f, [id]: view })))
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setFetched((f) => ({ ...f, [id]: null }));
        if (!(e instanceof DOMException)) console.error(e);
      });
    return () => abort.abort();
  }, [id, url, known]);
  return known;
}
