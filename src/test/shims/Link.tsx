import React, { type AnchorHTMLAttributes } from 'react';
// Test stand-in for @docusaurus/Link: a plain anchor.
export default function Link({ to, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  return <a href={to} {...rest} />;
}
