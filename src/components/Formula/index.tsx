import React, { useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import CopyLink from '../CopyLink';
import styles from './styles.module.css';

export interface FormulaProps {
  readonly id: string;
  /** The formula in KaTeX syntax; also what the "Copy LaTeX" button copies. */
  readonly tex: string;
  /** KaTeX HTML rendered at build time by the remark step (never by the browser). */
  readonly html?: string;
  /** Position on the page, set by the remark step. */
  readonly number?: string;
  /** Bibliography id of the paper the formula comes from (resolved at build time). */
  readonly source?: string;
  readonly sourceTitle?: string;
  readonly sourceUrl?: string;
  /** Set when the formula is this site's reconstruction, not the paper's own. */
  readonly reconstruction?: boolean;
  /** The legend: every symbol, with the published constants. */
  readonly children?: ReactNode;
}

/** A numbered, linkable display formula with its legend, source and copy buttons. */
export default function Formula({ id, tex, html, number, sourceTitle, sourceUrl, reconstruction, children }: FormulaProps) {
  useBrokenLinks().collectAnchor(id);
  const [copied, setCopied] = useState(false);
  if (html === undefined) throw new Error(`<Formula id="${id}"> was not rendered at build time: is remarkFormula configured?`);
  const label = translate({ id: 'formula.label', message: 'formula ({n})' }).replace('{n}', number ?? '');
  const copyTex = async () => {
    await navigator.clipboard.writeText(tex);
    setCopied(true);
    window.setTimeout(() => setCopied(false), 1600);
  };
  return (
    <figure id={id} className={styles.formula} aria-label={label} data-formula-id={id}>
      <div className={styles.row}>
        {/* KaTeX output is generated at build time from the author's TeX; it is not user input. */}
        {/* Focusable so that a formula wider than a phone can be scrolled from the keyboard. */}
        <div className={styles.math} tabIndex={0} role="group" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />
        <span className={styles.number} aria-hidden="true">({number})</span>
      </div>
      <figcaption className={styles.caption}>
        <div className={styles.tools}>
          <CopyLink target={id} label={label} />
          <button type="button" className={styles.copyTex} onClick={copyTex}>
            {copied ? translate({ id: 'formula.copied', message: 'Copied' }) : translate({ id: 'formula.copyTex', message: 'Copy LaTeX' })}
          </button>
          {sourceTitle && (
            <span className={styles.source}>
              <Translate id="formula.source">Source:</Translate>{' '}
              {sourceUrl ? <a href={sourceUrl} rel="noopener noreferrer" target="_blank">{sourceTitle}</a> : <cite>{sourceTitle}</cite>}
            </span>
          )}
        </div>
        {reconstruction && (
          <p className={styles.reconstruction}>
            <Translate id="formula.reconstruction">Reconstruction: this form is ours, written to match the source’s description; the paper’s own equation could not be checked.</Translate>
          </p>
        )}
        {children && <div className={styles.legend}>{children}</div>}
      </figcaption>
    </figure>
  );
}
