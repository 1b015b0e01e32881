/** The search box's keyboard shortcut, given to the search theme and used by the look-alike box. */
export const SEARCH_SHORTCUT = 'mod+k';
