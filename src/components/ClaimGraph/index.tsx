import React, { createContext, useContext, type ReactNode } from 'react';
import { EMPTY_PAGE_DATA, type PageGraphData } from '../../plugins/claims/page-data';

const ClaimGraphContext = createContext<PageGraphData>(EMPTY_PAGE_DATA);

/** Provided around each docs page by the claims remark step, with that page's generated data. */
export function ClaimGraphProvider({ value, children }: { value: PageGraphData; children: ReactNode }) {
  return <ClaimGraphContext.Provider value={value}>{children}</ClaimGraphContext.Provider>;
}

export function useClaimGraph(): PageGraphData {
  return useContext(ClaimGraphContext);
}
