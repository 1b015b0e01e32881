import React, { type ReactNode } from 'react';
import { useClaimGraph } from '../ClaimGraph';
import ClaimLink from './ClaimLink';

/** `[[id]]` in prose becomes this: a link to the claim with its preview. */
export default function ClaimRef({ id, children }: { id: string; children?: ReactNode }) {
  const graph = useClaimGraph();
  const claim = graph.refs[id] ?? graph.claims[id];
  // The build has checked every reference; a miss here means the data is still being regenerated (dev server).
  if (!claim) return <span data-claim-ref-pending={id}>{children ?? id}</span>;
  return <ClaimLink claim={claim}>{children}</ClaimLink>;
}
