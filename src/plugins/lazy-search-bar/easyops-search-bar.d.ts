declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar' {
  import type { ComponentType } from 'react';
  const SearchBar: ComponentType<{ readonly handleSearchBarToggle?: (expanded: boolean) => void }>;
  export default SearchBar;
}
