import { createContext, useContext } from 'react';
import type { CellId } from '../../report/cells';
import type { SectionKey } from '../../report/definition/types';
import type { PartKey } from './parts';

/** Where focus lands after navigating: the part heading, a table cell or a section's text. */
export type FocusTarget =
  | { readonly kind: 'heading' }
  | { readonly kind: 'cell'; readonly id: CellId }
  | { readonly kind: 'section'; readonly key: SectionKey };

export interface NavigationTarget {
  readonly part: PartKey;
  readonly focus: FocusTarget;
}

export type Navigate = (target: NavigationTarget) => void;

export const NavigationContext = createContext<Navigate | null>(null);

/** Shows a part and moves focus into it (check list, navigation, links in messages). */
export function useNavigate(): Navigate {
  const navigate = useContext(NavigationContext);
  if (navigate === null) throw new Error('useNavigate outside <EditorScreen>');
  return navigate;
}

/** Id of a narrative section's text area, so a finding can focus it. */
export function sectionTextId(key: SectionKey): string {
  return `section-text-${key}`;
}
