import React, { useCallback, useEffect, useRef, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface CopyLinkProps {
  /** The anchor id on this page, or a full path (starting with /) for another page. */
  readonly target: string;
  /** What is being linked, for screen readers: "claim cs-dai-defined". */
  readonly label: string;
}

/** The full URL of an anchor on the current page, as a reader would paste it. */
export function anchorUrl(id: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#${encodeURIComponent(id)}`;
}

/**
 * A visible "#" link to the anchor plus a button that copies the full URL. Works with
 * the mouse and the keyboard; without JavaScript the "#" link still carries the anchor.
 */
export default function CopyLink({ target, label }: CopyLinkProps) {
  const [copied, setCopied] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const isPath = target.startsWith('/');
  const onCopy = useCallback(async () => {
    const url = isPath ? `${window.location.origin}${target}` : anchorUrl(target);
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Clipboard refused (insecure origin, permissions): fall back to a selection copy.
      const area = document.createElement('textarea');
      area.value = url;
      document.body.appendChild(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    if (!isPath) window.history.replaceState(null, '', `#${encodeURIComponent(target)}`);
    setCopied(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopied(false), 1800);
  }, [isPath, target]);
  const copyLabel = translate({ id: 'copyLink.copy', message: 'Copy link to {label}' }).replace('{label}', label);
  return (
    <span className={styles.wrap}>
      {!isPath && (
        <a className={styles.hash} href={`#${target}`} aria-label={translate({ id: 'copyLink.anchor', message: 'Link to {label}' }).replace('{label}', label)}>
          #
        </a>
      )}
      <button type="button" className={styles.button} onClick={onCopy} aria-label={copyLabel} title={copyLabel}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="14" height="14">
          <path fill="currentColor" d="M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a3 3 0 1 1 4.2 4.2l-2 2a1 1 0 1 1-1.4-1.4l2-2a1 1 0 1 0-1.4-1.4l-3.5 3.5a1 1 0 0 1-1.4 0Zm2.8-2.8a1 1 0 0 1 0 1.4l-3.5 3.5a3 3 0 1 1-4.2-4.2l2-2a1 1 0 1 1 1.4 1.4l-2 2a1 1 0 1 0 1.4 1.4l3.5-3.5a1 1 0 0 1 1.4 0Z" />
        </svg>
        <span className={styles.text} aria-live="polite">
          {copied ? translate({ id: 'copyLink.copied', message: 'Copied' }) : translate({ id: 'copyLink.short', message: 'Copy link' })}
        </span>
      </button>
    </span>
  );
}
