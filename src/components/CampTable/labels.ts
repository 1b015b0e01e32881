import { translate } from '@docusaurus/Translate';
import type { Camp, Stance, SupportLevel } from '../../data/camps.types';

export type Dimension = 'pretraining' | 'nextGains' | 'evidence' | 'interest';
export const DIMENSIONS: readonly Dimension[] = ['pretraining', 'nextGains', 'evidence', 'interest'];

export function dimensionLabel(d: Dimension | 'camp' | 'stance' | 'claim' | 'support'): string {
  switch (d) {
    case 'camp': return translate({ id: 'camps.col.camp', message: 'Camp' });
    case 'stance': return translate({ id: 'camps.col.stance', message: 'Stance' });
    case 'pretraining': return translate({ id: 'camps.col.pretraining', message: 'On pre-training scaling' });
    case 'nextGains': return translate({ id: 'camps.col.nextGains', message: 'Next gains from' });
    case 'evidence': return translate({ id: 'camps.col.evidence', message: 'Key evidence' });
    case 'interest': return translate({ id: 'camps.col.interest', message: 'Stake or interest' });
    case 'claim': return translate({ id: 'camps.col.claim', message: 'Representative claim' });
    default: return translate({ id: 'camps.col.support', message: 'Support in the sources' });
  }
}

export function stanceLabel(s: Stance): string {
  switch (s) {
    case 'wall': return translate({ id: 'camps.stance.wall', message: 'A wall' });
    case 'slowing': return translate({ id: 'camps.stance.slowing', message: 'Slowing' });
    case 'continues': return translate({ id: 'camps.stance.continues', message: 'Continues' });
    default: return translate({ id: 'camps.stance.redefines', message: 'Redefines scaling' });
  }
}

export function supportLabel(s: SupportLevel): string {
  switch (s) {
    case 'strong': return translate({ id: 'camps.support.strong', message: 'Strong' });
    case 'mixed': return translate({ id: 'camps.support.mixed', message: 'Mixed' });
    case 'thin': return translate({ id: 'camps.support.thin', message: 'Thin' });
    default: return translate({ id: 'camps.support.contested', message: 'Contested' });
  }
}

/** Orders for sorting: from "wall" to "continues", and from strongest support down. */
export const STANCE_ORDER: readonly Stance[] = ['wall', 'slowing', 'redefines', 'continues'];
export const SUPPORT_ORDER: readonly SupportLevel[] = ['strong', 'mixed', 'thin', 'contested'];

export const rowId = (c: Camp): string => `camp-${c.id}`;
export const cellId = (c: Camp, d: string): string => `camp-${c.id}-${d.toLowerCase()}`;
