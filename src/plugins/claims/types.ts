import type { Locale } from '../../data/types';

/** A claim id: kebab-case ASCII, permanent once published. Branded so that raw strings are checked first. */
export type ClaimId = string & { readonly __brand: 'ClaimId' };
export const CLAIM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export function isClaimId(s: string): s is ClaimId {
  return CLAIM_ID.test(s);
}

export const RELATION_TYPES = ['supports', 'contradicts', 'refines'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
export type Direction = 'out' | 'in';

export const STATUSES = ['fact', 'reported', 'speculated', 'claimed', 'judgement', 'reconstruction'] as const;
export type ClaimStatus = (typeof STATUSES)[number];

export const THEMES = ['overview', 'limits', 'camps', 'strategies'] as const;
export type Theme = (typeof THEMES)[number];

/** Claim ids that would shadow the plugin's own routes under /claims/. */
export const RESERVED_IDS: readonly string[] = ['graph', 'index', 'search'];

/** Where something sits in a source file (1-based). */
export interface Place {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One MDX page of one locale, as read from disk. */
export interface PageFile {
  readonly locale: Locale;
  /** Absolute path. */
  readonly file: string;
  /** Path relative to the docs root, with forward slashes: `limits/degenerative-ai.mdx`. */
  readonly docPath: string;
  readonly source: string;
}

/** Stage 1 (collect): a `<Claim>` element exactly as written. */
export interface RawClaim {
  readonly place: Place;
  readonly locale: Locale;
  readonly docPath: string;
  /** Attribute name → its string value (expression attributes: their source text). */
  readonly attributes: Readonly<Record<string, string | true>>;
  /** Plain text of the element's children (math made readable). */
  readonly text: string;
  /** The statement as HTML, math rendered by KaTeX. */
  readonly html: string;
}

/** Stage 1 (collect): a `[[id]]` reference in prose. */
export interface RawRef {
  readonly place: Place;
  readonly locale: Locale;
  readonly docPath: string;
  readonly target: string;
}

/** Stage 1 (collect): an anchor that is not a claim (heading, formula, correction, diagram, plot, camp row). */
export interface RawAnchor {
  readonly place: Place;
  readonly locale: Locale;
  readonly docPath: string;
  readonly id: string;
  readonly kind: 'heading' | 'formula' | 'correction' | 'diagram' | 'plot' | 'camp-row';
}

/** Stage 1 (collect): a link in prose to a path on this site (`/limits/x#anchor`). */
export interface RawLink {
  readonly place: Place;
  readonly locale: Locale;
  readonly docPath: string;
  readonly url: string;
}

export interface Collected {
  readonly pages: readonly { readonly locale: Locale; readonly docPath: string; readonly title: string; readonly permalink: string; readonly place: Place }[];
  readonly claims: readonly RawClaim[];
  readonly refs: readonly RawRef[];
  readonly anchors: readonly RawAnchor[];
  readonly links: readonly RawLink[];
  /** Problems found while reading (unparsable attributes, syntax errors). */
  readonly problems: readonly Problem[];
}

/** Stage 2 (normalise): a claim with typed fields. */
export interface Claim {
  readonly id: string;
  readonly place: Place;
  readonly locale: Locale;
  readonly docPath: string;
  readonly permalink: string;
  readonly pageTitle: string;
  readonly theme: Theme;
  readonly by: string;
  readonly sources: readonly string[];
  readonly camp?: string;
  readonly status?: ClaimStatus | string;
  readonly tags: readonly string[];
  readonly relations: Readonly<Record<RelationType, readonly string[]>>;
  readonly text: string;
  readonly html: string;
}

export interface Problem {
  readonly place: Place;
  readonly message: string;
}

/** Stage 4 (resolve): one edge of the graph, seen from one claim. */
export interface Edge {
  readonly type: RelationType;
  readonly direction: Direction;
  readonly target: string;
}
