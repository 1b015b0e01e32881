import React, { useEffect, useId, useState, type ComponentType, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';
import { initial, load } from '@site-theme/code-block';

/**
 * Prism and its grammars cost every page 35 KB gzip and about 50 ms of start-up script
 * on a fast machine (a fifth of the main bundle's own work), though almost no page has
 * code. In the browser they now arrive with the first code block. Until they do, the
 * block keeps the highlighted HTML the server rendered: React leaves the inner HTML of
 * an element it hydrates with `dangerouslySetInnerHTML` as it is.
 */
export default function CodeBlock(props: Props): ReactNode {
  const id = useId();
  const [Highlighted, setHighlighted] = useState<ComponentType<Props> | null>(initial);
  useEffect(() => {
    if (!Highlighted) void load().then((C) => setHighlighted(() => C));
  }, [Highlighted]);
  if (Highlighted) {
    return (
      <div data-code-block={id}>
        <Highlighted {...props} />
      </div>
    );
  }
  const rendered = typeof document === 'undefined' ? undefined : document.querySelector(`[data-code-block="${CSS.escape(id)}"]`)?.innerHTML;
  if (rendered !== undefined) return <div data-code-block={id} dangerouslySetInnerHTML={{ __html: rendered }} />;
  // After a client-side navigation: plain text for the moment the chunk takes.
  return (
    <div data-code-block={id}>
      <pre className="prism-code"><code>{props.children}</code></pre>
    </div>
  );
}
