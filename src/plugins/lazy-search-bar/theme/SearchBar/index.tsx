import React, { useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import { useLocation } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { CONTENT_READY } from '../../../../components/ClaimPage/content-ready';
// The search theme's own (small) keymap helpers, so the look-alike's shortcut and hint match the real bar's.
import { getKeymapHints, matchesKeymap, parseKeymap } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap';
import { isMacPlatform } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform';
import { SEARCH_SHORTCUT } from '../../shortcut';
// The real bar's own stylesheet: the look-alike gets the same class names, so nothing moves on swap.
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';

/** Long enough for the real bar's start-up timer (a zero-delay timeout) to have run first. */
const HAND_OVER_DELAY_MS = 50;

interface Props {
  readonly handleSearchBarToggle?: (expanded: boolean) => void;
}

const loadRealSearchBar = async (): Promise<ComponentType<Props>> =>
  (await import('@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar')).default;


/** Sets an input's value the way typing would, so React's onChange sees it. */
function typeInto(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function LookAlike({ onWake, inputRef, hint }: { onWake: (focus: boolean) => void; inputRef: React.RefObject<HTMLInputElement | null>; hint: readonly string[] }): ReactNode {
  return (
    <div className={clsx('navbar__search', styles.searchBarContainer)} dir="ltr">
      <svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">
        <path fill="currentColor" d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z" />
      </svg>
      <input
        ref={inputRef}
        placeholder={translate({ id: 'theme.SearchBar.label', message: 'Search', description: 'The ARIA label and placeholder for search button' })}
        aria-label="Search"
        className={`navbar__search-input ${styles.searchInput}`}
        onFocus={() => onWake(true)}
        onPointerEnter={() => onWake(false)}
      />
      {hint.length > 0 && (
        <div className={styles.searchHintContainer}>
          {hint.map((h) => (
            <kbd key={h} className={styles.searchHint}>{h}</kbd>
          ))}
        </div>
      )}
    </div>
  );
}

export default function LazySearchBar(props: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const { search } = useLocation();
  // The real bar, once its code has arrived. Until then the look-alike stays mounted, so it
  // keeps the focus and collects what the reader types.
  const [Real, setReal] = useState<ComponentType<Props> | null>(null);
  const loading = useRef<Promise<void> | null>(null);
  // Whether the reader is already in the box (focus or shortcut): the real bar then takes over the focus and what was typed.
  const handOver = useRef(false);
  const lookAlike = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const wake = useCallback((focus: boolean) => {
    if (focus) handOver.current = true;
    loading.current ??= loadRealSearchBar().then((component) => setReal(() => component));
  }, []);

  useEffect(() => {
    if (new URLSearchParams(search).has('_highlight')) wake(false);
  }, [search, wake]);

  // The real bar marks the search terms inside <article> when it mounts and when the URL
  // changes. A claim page reached by client-side navigation renders its article only after
  // fetching its data, which is too late for that; it then announces CONTENT_READY, and
  // the real bar is remounted to mark again.
  const [markRound, setMarkRound] = useState(0);
  useEffect(() => {
    const again = () => {
      if (!new URLSearchParams(window.location.search).has('_highlight')) return;
      wake(false);
      setMarkRound((n) => n + 1);
    };
    window.addEventListener(CONTENT_READY, again);
    return () => window.removeEventListener(CONTENT_READY, again);
  }, [wake]);

  useEffect(() => {
    if (Real) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (!matchesKeymap(e, parseKeymap(SEARCH_SHORTCUT))) return;
      e.preventDefault();
      lookAlike.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [Real]);

  // What the reader typed before the real bar was ready: in the look-alike, or in the real
  // bar's first moments, when it resets its own value (from a timer it sets on mount).
  const typed = useRef('');
  const handingOver = useRef(true);
  const onInput = useCallback((e: React.FormEvent<HTMLDivElement>) => {
    if (handingOver.current && e.target instanceof HTMLInputElement) typed.current = e.target.value;
  }, []);
  // Once the real bar has mounted, give it the focus at once, and the text typed so far
  // after its own start-up timers have run.
  const onMounted = useCallback(() => {
    const input = box.current?.querySelector<HTMLInputElement>('input.navbar__search-input');
    if (!input || !handingOver.current) return undefined;
    if (handOver.current) input.focus();
    const timer = window.setTimeout(() => {
      handingOver.current = false;
      if (typed.current && input.value !== typed.current) typeInto(input, typed.current);
      if (handOver.current) input.focus();
      handOver.current = false;
    }, HAND_OVER_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, []);

  const hint = isBrowser ? getKeymapHints(SEARCH_SHORTCUT, isMacPlatform()) : [];
  return (
    <div
      ref={box}
      style={{ display: 'contents' }}
      onInput={onInput}
    >
      {Real ? (
        <Mounted onMounted={onMounted}>
          <Real key={markRound} {...props} />
        </Mounted>
      ) : (
        <LookAlike onWake={wake} inputRef={lookAlike} hint={hint} />
      )}
    </div>
  );
}

/** Calls back once its children have mounted (after the lazy chunk has arrived). */
function Mounted({ onMounted, children }: { onMounted: React.EffectCallback; children: ReactNode }): ReactNode {
  useEffect(onMounted, [onMounted]);
  return children;
}
