// Resolved by site-theme's webpack alias to ./browser.ts or ./server.ts.
declare module '@site-theme/code-block' {
  import type { ComponentType } from 'react';
  import type { Props } from '@theme/CodeBlock';
  export function initial(): ComponentType<Props> | null;
  export function load(): Promise<ComponentType<Props>>;
}
