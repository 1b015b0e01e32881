/** The two locales of the site; every piece of reader-facing text exists in both. */
export type Locale = 'en' | 'zh-Hans';
export const LOCALES: readonly Locale[] = ['en', 'zh-Hans'];

/** Text written once per locale. */
export type Localized = Readonly<Record<Locale, string>>;

/** How far a link or a detail has been checked against the primary material. */
export type Verification =
  | 'confirmed' // read at the primary source
  | 'secondary' // confirmed only through a secondary summary
  | 'via-article'; // known only from the source article; no primary link could be checked

export type SourceKind = 'paper' | 'article' | 'post' | 'podcast' | 'report' | 'talk' | 'announcement' | 'book';

export interface Source {
  readonly id: string;
  readonly kind: SourceKind;
  /** The title in its original language. */
  readonly title: string;
  /** Our rendering of the title where the original is in the other language. */
  readonly translatedTitle?: Localized;
  readonly authors: readonly string[];
  /** Journal, outlet, channel or organisation. */
  readonly publisher?: string;
  /** ISO date, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date: string;
  /** Primary link; absent when no primary link exists or none could be checked. */
  readonly url?: string;
  readonly verification: Verification;
  /** Why the source matters, or a caveat about it. */
  readonly note?: Localized;
}

export type SpeakerKind = 'person' | 'organisation' | 'group' | 'paper' | 'editor';

export interface Speaker {
  readonly id: string;
  readonly kind: SpeakerKind;
  readonly name: Localized;
  /** Role or affiliation at the time of the statement. */
  readonly role: Localized;
}
