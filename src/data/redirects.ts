/**
 * Published URLs and anchors never disappear: when a page moves, add a page redirect;
 * when an anchor is renamed, add an alias. `permalinks.json` lists everything published,
 * and the tests fail when an entry there resolves to nothing.
 */
export interface PageRedirect {
  /** The old path, without locale prefix: `/limits/old-name`. */
  readonly from: string;
  readonly to: string;
}

export interface AnchorAlias {
  /** Page path without locale prefix. */
  readonly page: string;
  readonly from: string;
  readonly to: string;
}

export const PAGE_REDIRECTS: readonly PageRedirect[] = [];

export const ANCHOR_ALIASES: readonly AnchorAlias[] = [];
