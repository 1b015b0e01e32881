declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar' {
  import type { ComponentType } from 'react';
  const SearchBar: ComponentType<{ readonly handleSearchBarToggle?: (expanded: boolean) => void }>;
  export default SearchBar;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap' {
  export interface ParsedKeymap {
    readonly key: string;
    readonly ctrl: boolean;
    readonly alt: boolean;
    readonly shift: boolean;
    readonly meta: boolean;
  }
  export function parseKeymap(keymap: string): ParsedKeymap;
  export function matchesKeymap(event: KeyboardEvent, keymap: ParsedKeymap): boolean;
  export function getKeymapHints(keymap: string, isMac: boolean): string[];
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform' {
  export function isMacPlatform(): boolean;
}
