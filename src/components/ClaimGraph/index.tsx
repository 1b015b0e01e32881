import React, { createContext, useContext, type ReactNode } from 'react';
import type { PageGraphData } from '../../plugins/claims/views';

const EMPTY: PageGraphData = { claims: {}, refs: {} };
const ClaimGraphContext = createContext<PageGraphData>(EMPTY);

/** Provided around each docs page by the claims remark step, with that page's generated data. */
export function ClaimGraphProvider({ value, children }: { value: PageGraphData; children: ReactNode }) {
  return <ClaimGraphContext.Provider value={value}>{children}</ClaimGraphContext.Provider>;
}

export function useClaimGraph(): PageGraphData {
  return useContext(ClaimGraphContext);
}
