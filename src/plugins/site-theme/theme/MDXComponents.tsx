import MDXComponents from '@theme-init/MDXComponents';
import Claim from '../../../components/Claim';
import ClaimRef from '../../../components/ClaimRef';
import { ClaimGraphProvider } from '../../../components/ClaimGraph';
import Quote from '../../../components/Quote';
import Correction from '../../../components/Correction';
import Formula from '../../../components/Formula';
import Diagram from '../../../components/Diagram';
import Plot from '../../../components/Plot';
import CampTable from '../../../components/CampTable';
import CampMap from '../../../components/CampTable/CampMap';
import Bibliography from '../../../components/Bibliography';

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
