import type { ComponentType } from 'react';
import type { Props } from '@theme/CodeBlock';
import Highlighted from './Highlighted';

// On the server the highlighter is always there, so every page's HTML holds the
// highlighted block. (A lazy component behind <Suspense> would not do: React 19 moves a
// boundary that far down a long page out of line, behind a script that swaps it in.)
export const initial = (): ComponentType<Props> | null => Highlighted;
export const load = async (): Promise<ComponentType<Props>> => Highlighted;
