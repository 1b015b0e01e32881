import { translate } from '@docusaurus/Translate';
import type { Direction, RelationType } from '../../plugins/claims/types';

/** The heading of a group of edges: "Supports", "Supported by", … in the reader's language. */
export function relationLabel(type: RelationType, direction: Direction): string {
  const key = `${type}.${direction}`;
  switch (key) {
    case 'supports.out': return translate({ id: 'claim.rel.supports', message: 'Supports' });
    case 'supports.in': return translate({ id: 'claim.rel.supportedBy', message: 'Supported by' });
    case 'contradicts.out': return translate({ id: 'claim.rel.contradicts', message: 'Contradicts' });
    case 'contradicts.in': return translate({ id: 'claim.rel.contradictedBy', message: 'Contradicted by' });
    case 'refines.out': return translate({ id: 'claim.rel.refines', message: 'Refines' });
    default: return translate({ id: 'claim.rel.refinedBy', message: 'Refined by' });
  }
}

export function statusLabel(status: string): string {
  switch (status) {
    case 'fact': return translate({ id: 'claim.status.fact', message: 'fact' });
    case 'reported': return translate({ id: 'claim.status.reported', message: 'reported' });
    case 'speculated': return translate({ id: 'claim.status.speculated', message: 'speculated' });
    case 'claimed': return translate({ id: 'claim.status.claimed', message: 'claimed' });
    case 'judgement': return translate({ id: 'claim.status.judgement', message: 'judgement' });
    case 'reconstruction': return translate({ id: 'claim.status.reconstruction', message: 'reconstruction' });
    default: return status;
  }
}

export function themeLabel(theme: string): string {
  switch (theme) {
    case 'limits': return translate({ id: 'theme.limits', message: 'Limits' });
    case 'camps': return translate({ id: 'theme.camps', message: 'Camps' });
    case 'strategies': return translate({ id: 'theme.strategies', message: 'Strategies' });
    default: return translate({ id: 'theme.overview', message: 'Overview' });
  }
}

/** Edge groups in reading order. */
export const EDGE_ORDER: readonly [RelationType, Direction][] = [
  ['supports', 'out'], ['supports', 'in'], ['contradicts', 'out'], ['contradicts', 'in'], ['refines', 'out'], ['refines', 'in'],
];
