import React, { useEffect, useRef, useState, type ReactNode } from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { translate } from '@docusaurus/Translate';
import CopyLink from '../CopyLink';
import styles from './styles.module.css';

export interface DiagramProps {
  readonly id: string;
  readonly caption: string;
  /** Height in px reserved before mermaid draws, so the page does not jump. */
  readonly height?: number;
  readonly children: ReactNode;
}

/** How far below the viewport a diagram starts loading, so it is drawn by the time it is seen. */
const LOAD_MARGIN = '600px 0px';
/**
 * Mermaid scales a diagram down to the column, however small its text gets (a wide chain
 * on a phone came out at a fifth of its size). Below this scale the box scrolls instead.
 */
const MIN_SCALE = 0.65;

/** Once mermaid has drawn into the box: hold a minimum scale, and make an overflowing box keyboard-scrollable. */
function useReadableScale(ref: React.RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    const box = ref.current;
    if (!box || !active) return undefined;
    const fit = () => {
      const svg = box.querySelector<SVGSVGElement>('svg[id^="mermaid"]');
      const natural = svg?.viewBox.baseVal.width;
      if (!svg || !natural) return;
      svg.style.minWidth = `${Math.round(natural * MIN_SCALE)}px`;
      if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
      else box.removeAttribute('tabindex');
    };
    const observer = new MutationObserver(fit);
    observer.observe(box, { childList: true, subtree: true });
    window.addEventListener('resize', fit);
    fit();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [ref, active]);
}

/**
 * True once the element comes near the viewport. Mermaid is about 250 KB of gzipped code:
 * a reader who never scrolls to a diagram should not download it.
 */
function useNearViewport(ref: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return undefined;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return undefined;
    }
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setNear(true);
    }, { rootMargin: LOAD_MARGIN });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, near]);
  return near;
}

/** A mermaid diagram, drawn in the browser when the reader nears it, in a box of reserved height, with a caption and anchor. */
export default function Diagram({ id, caption, height = 240, children }: DiagramProps) {
  useBrokenLinks().collectAnchor(id);
  const canvas = useRef<HTMLDivElement>(null);
  const near = useNearViewport(canvas);
  useReadableScale(canvas, near);
  const label = translate({ id: 'diagram.label', message: 'diagram: {caption}' }).replace('{caption}', caption);
  return (
    <figure id={id} className={styles.diagram} aria-label={label}>
      <div ref={canvas} className={styles.canvas} style={{ minHeight: height }}>{near ? children : null}</div>
      <figcaption className={styles.caption}>
        <span>{caption}</span>
        <CopyLink target={id} label={label} />
      </figcaption>
    </figure>
  );
}
