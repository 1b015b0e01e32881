import MDXComponents from '@theme-original/MDXComponents';
import Claim from '@site/src/components/Claim';
import ClaimRef from '@site/src/components/ClaimRef';
import { ClaimGraphProvider } from '@site/src/components/ClaimGraph';
import Quote from '@site/src/components/Quote';
import Correction from '@site/src/components/Correction';
import Formula from '@site/src/components/Formula';
import Diagram from '@site/src/components/Diagram';
import Plot from '@site/src/components/Plot';
import CampTable from '@site/src/components/CampTable';
import CampMap from '@site/src/components/CampTable/CampMap';
import Bibliography from '@site/src/components/Bibliography';

/** The one registry of the elements authors may use in MDX (see AUTHORING.md). */
export default {
  ...MDXComponents,
  Claim,
  ClaimRef,
  ClaimGraphProvider,
  Quote,
  Correction,
  Formula,
  Diagram,
  Plot,
  CampTable,
  CampMap,
  Bibliography,
};
