import { Prism } from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme-init/CodeBlock';

// What theme-classic's start-up module does on every page (see site-theme/index.ts),
// done here, once, when the first code block loads.
prismIncludeLanguages(Prism);

export default CodeBlock;
