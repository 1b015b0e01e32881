import MDXComponents from '@theme-init/MDXComponents';

/**
 * The site's own MDX elements are not registered here: the remark step
 * (src/plugins/markdown/remark-components.ts) imports into each page exactly the ones it
 * uses, so their code ships only where it is needed. This file stays as the place to add
 * an element that every page needs.
 */
export default { ...MDXComponents };
