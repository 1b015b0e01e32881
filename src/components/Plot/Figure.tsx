import React, { type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import CopyLink from '../CopyLink';
import { csvDataUri } from './csv';
import styles from './styles.module.css';

export interface FigureProps {
  readonly id: string;
  readonly caption: ReactNode;
  /** The plotted numbers, offered as a CSV download. */
  readonly csv: string;
  readonly children: ReactNode;
  /** Interactive controls, shown above the chart. */
  readonly controls?: ReactNode;
  /** Where the numbers come from. */
  readonly sourceNote: ReactNode;
}

/** A plot's frame: anchor, controls, chart, caption, source note and CSV download. */
export default function Figure({ id, caption, csv, children, controls, sourceNote }: FigureProps) {
  useBrokenLinks().collectAnchor(id);
  const label = translate({ id: 'plot.label', message: 'plot {id}' }).replace('{id}', id);
  return (
    <figure id={id} className={styles.figure} aria-label={label}>
      {controls && <div className={styles.controls}>{controls}</div>}
      {children}
      <figcaption className={styles.caption}>
        <div>{caption}</div>
        <div className={styles.note}>{sourceNote}</div>
        <div className={styles.tools}>
          <CopyLink target={id} label={label} />
          <a className={styles.download} href={csvDataUri(csv)} download={`${id}.csv`}>
            <Translate id="plot.csv">Download the data (CSV)</Translate>
          </a>
        </div>
      </figcaption>
    </figure>
  );
}
