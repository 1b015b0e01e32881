import type { ComponentType } from 'react';
import type { Props } from '@theme/CodeBlock';

let loaded: ComponentType<Props> | null = null;

/** The highlighter, if a code block has already fetched it. */
export const initial = (): ComponentType<Props> | null => loaded;

/** In the browser the highlighter (Prism and theme-classic's code block) is a chunk of its own. */
export async function load(): Promise<ComponentType<Props>> {
  const highlighted = loaded ?? (await import('./Highlighted')).default;
  loaded = highlighted;
  return highlighted;
}
