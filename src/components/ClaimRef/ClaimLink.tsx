import React, { useId, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { ClaimSummary } from '../../plugins/claims/views';
import styles from './styles.module.css';

const SHORT = 90;
const shorten = (s: string) => (s.length > SHORT ? `${s.slice(0, SHORT - 1)}…` : s);

/**
 * A link to a claim that shows the claim's statement and speaker on hover and on
 * keyboard focus (like Wikipedia's page previews). The preview is in the static HTML
 * as the link's description, so screen readers and readers without JavaScript get it too.
 * `compact` shows the claim's permanent id instead of its statement: for citations in
 * prose that has already said what the claim is.
 */
export default function ClaimLink({ claim, children, compact = false }: { claim: ClaimSummary; children?: ReactNode; compact?: boolean }) {
  const [open, setOpen] = useState(false);
  const hide = useRef<number | undefined>(undefined);
  const tipId = useId();
  const show = () => {
    window.clearTimeout(hide.current);
    setOpen(true);
  };
  const close = () => {
    hide.current = window.setTimeout(() => setOpen(false), 120);
  };
  return (
    <span className={styles.wrap} onMouseEnter={show} onMouseLeave={close}>
      <Link
        to={claim.href}
        className={compact ? `${styles.link} ${styles.compact}` : styles.link}
        aria-describedby={tipId}
        data-claim-ref={claim.id}
        onFocus={show}
        onBlur={close}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
        {children ?? (compact ? claim.id : shorten(claim.text))}
      </Link>
      <span id={tipId} role="tooltip" className={`${styles.preview} sw-noindex`} data-open={open ? 'true' : 'false'}>
        <span className={styles.previewText}>{claim.text}</span>
        <span className={styles.previewMeta}>
          {claim.speaker} · {claim.pageTitle}
        </span>
      </span>
    </span>
  );
}
