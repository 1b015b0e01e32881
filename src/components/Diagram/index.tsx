import React, { type ReactNode } from 'react';
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

/** A mermaid diagram (drawn lazily in the browser) in a box of reserved height, with a caption and anchor. */
export default function Diagram({ id, caption, height = 240, children }: DiagramProps) {
  useBrokenLinks().collectAnchor(id);
  const label = translate({ id: 'diagram.label', message: 'diagram: {caption}' }).replace('{caption}', caption);
  return (
    <figure id={id} className={styles.diagram} aria-label={label}>
      <div className={styles.canvas} style={{ minHeight: height }}>{children}</div>
      <figcaption className={styles.caption}>
        <span>{caption}</span>
        <CopyLink target={id} label={label} />
      </figcaption>
    </figure>
  );
}
