import type { Localized } from './types';

/** How far the primary sources bear a camp out, in this site's reading. */
export type SupportLevel =
  | 'strong' // several independent primary sources agree
  | 'mixed' // some primary evidence for, some against
  | 'thin' // mostly assertion or a single source
  | 'contested'; // primary sources point the other way

/** Where the camp sits on the headline question. */
export type Stance = 'wall' | 'slowing' | 'continues' | 'redefines';

export interface Camp {
  /** Stable id: the row anchor is `#camp-<id>`. */
  readonly id: string;
  readonly name: Localized;
  /** Who is in it: people and organisations, by name. */
  readonly members: Localized;
  readonly stance: Stance;
  /** What they say about pre-training scaling. */
  readonly pretraining: Localized;
  /** Where they say the next gains come from. */
  readonly nextGains: Localized;
  /** Their key evidence. */
  readonly evidence: Localized;
  /** Their stake or interest in the answer. */
  readonly interest: Localized;
  /** Id of the claim that best states the camp's position. */
  readonly representativeClaim: string;
  readonly support: SupportLevel;
  /** One line on why the support level is what it is. */
  readonly supportNote: Localized;
  /** The page (theme) where the camp is argued: docs path without extension. */
  readonly page: string;
}
