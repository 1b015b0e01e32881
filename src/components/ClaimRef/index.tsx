import React, { type ReactNode } from 'react';
import { useClaimGraph } from '../ClaimGraph';
import { pageSummary } from '../../plugins/claims/page-data';
import ClaimLink from './ClaimLink';

/**
 * `[[id|text]]` in prose becomes a link with that text; `[[id]]`, used as a citation after
 * the prose has said what the claim is, shows the claim's id. Both preview the claim.
 */
export default function ClaimRef({ id, children }: { id: string; children?: ReactNode }) {
  const claim = pageSummary(useClaimGraph(), id);
  // The build has checked every reference; a miss here means the data is still being regenerated (dev server).
  if (!claim) return <span data-claim-ref-pending={id}>{children ?? id}</span>;
  return (
    <ClaimLink claim={claim} compact={children === undefined}>
      {children}
    </ClaimLink>
  );
}
