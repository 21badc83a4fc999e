import { createContext, useContext } from 'react';
import type { CellId } from '../../report/cells';
import type { MoveIntent } from './useGridNavigation';
import type { TokenRows } from './parseClipboard';

/** What a cell asks of its grid; stable for the grid's lifetime, so cells never re-render for it. */
export interface GridActions {
  /** Moves focus from a cell; false when there is no cell in that direction. */
  readonly move: (from: CellId, intent: MoveIntent) => boolean;
  /** Plans a block paste at a cell and opens the preview. */
  readonly requestPaste: (anchor: CellId, tokens: TokenRows) => void;
}

export const GridActionsContext = createContext<GridActions | null>(null);

export function useGridActions(): GridActions {
  const actions = useContext(GridActionsContext);
  if (actions === null) throw new Error('GridCell outside <TableGrid>');
  return actions;
}
