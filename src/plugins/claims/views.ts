/**
 * The shapes of the generated data that React components read. Kept free of Node
 * imports so that components can import these types.
 */
import type { ClaimStatus, Direction, RelationType, Theme } from './types';

export interface SourceView {
  readonly id: string;
  readonly title: string;
  readonly authors: string;
  readonly publisher?: string;
  readonly date: string;
  readonly url?: string;
  readonly verification: string;
}

/** Enough of a claim to link to it and preview it. */
export interface ClaimSummary {
  readonly id: string;
  readonly text: string;
  readonly speaker: string;
  /** Page path without locale prefix, with the claim's anchor. */
  readonly href: string;
  readonly pageTitle: string;
}

export interface EdgeView {
  readonly type: RelationType;
  readonly direction: Direction;
  readonly target: ClaimSummary;
}

export interface ClaimView extends ClaimSummary {
  readonly speakerId: string;
  readonly speakerRole: string;
  /** The statement as HTML (KaTeX math), for the claim's own page. */
  readonly html: string;
  readonly theme: Theme;
  readonly camp?: { readonly id: string; readonly name: string };
  readonly status?: ClaimStatus | string;
  readonly tags: readonly string[];
  readonly sources: readonly SourceView[];
  readonly edges: readonly EdgeView[];
  /** Claims that share a speaker, source or topic but have no declared relation. */
  readonly related: readonly ClaimSummary[];
  /** The claim's own page, without locale prefix. */
  readonly claimPage: string;
}

/** A claim as its docs page needs it: the statement itself is the page's own markup. */
export type PageClaimView = Omit<ClaimView, 'html'>;

/** What one docs page ships (its claims and the claims its prose cites): see page-data.ts. */
export type { PageGraphData } from './page-data';

/** One row of the explorer and of the export. */
export interface IndexEntry {
  readonly id: string;
  readonly text: string;
  readonly html: string;
  readonly speakerId: string;
  readonly speaker: string;
  readonly theme: Theme;
  readonly camp?: string;
  readonly campName?: string;
  readonly status?: string;
  readonly sources: readonly string[];
  readonly pageTitle: string;
  readonly href: string;
  readonly tags: readonly string[];
  readonly relations: readonly { readonly type: RelationType; readonly direction: Direction; readonly target: string }[];
}

export interface ClaimsIndex {
  readonly locale: string;
  readonly claims: readonly IndexEntry[];
  readonly speakers: readonly { readonly id: string; readonly name: string }[];
  readonly camps: readonly { readonly id: string; readonly name: string }[];
  readonly sources: readonly { readonly id: string; readonly title: string }[];
}

/** A laid-out graph, positions computed at build time. */
export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly { readonly id: string; readonly x: number; readonly y: number; readonly theme: Theme; readonly label: string }[];
  readonly edges: readonly { readonly source: string; readonly target: string; readonly type: RelationType }[];
}
