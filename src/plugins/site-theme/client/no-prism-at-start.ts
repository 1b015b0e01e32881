// Replaces theme-classic's start-up module `prism-include-languages` in the browser
// bundle: the grammars are registered by the lazily loaded code block instead
// (code-block/Highlighted.tsx).
export {};
