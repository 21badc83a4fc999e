import { useCallback } from 'react';
import type { CellId } from '../../report/cells';
import { focusCellInput } from './focusCell';
import {
  INPUT_ONLY,
  inReadingOrder,
  neighbour,
  type Direction,
  type GridGeometry,
} from './gridGeometry';

/**
 * Spreadsheet keyboard model. A focused cell is in navigate mode (arrows move, typing starts
 * an edit that replaces the value) or in edit mode (Left/Right move the caret; Enter, Tab,
 * Up and Down commit and move). Enter and Tab skip totals, which cannot be typed into;
 * arrows reach them so their value can be read and copied.
 */
export type MoveIntent = Direction | 'enter' | 'enterBack' | 'tab' | 'tabBack';

export type KeyAction =
  | { readonly type: 'move'; readonly intent: MoveIntent }
  /** A printable character in navigate mode: starts an edit that replaces the value. */
  | { readonly type: 'type' }
  /** F2: edit without clearing. */
  | { readonly type: 'edit' }
  | { readonly type: 'clear' }
  | { readonly type: 'cancel' }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' };

export interface KeyInfo {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** What a key does in a cell; null leaves the key to the browser. */
export function classifyKey(e: KeyInfo, editing: boolean): KeyAction | null {
  const command = e.ctrlKey || e.metaKey;
  if (command && !e.altKey) {
    const key = e.key.toLowerCase();
    // While editing, Ctrl+Z undoes the typing (like Escape); otherwise it is the report's undo.
    if (key === 'z' && editing) return e.shiftKey ? null : { type: 'cancel' };
    if (key === 'z') return { type: e.shiftKey ? 'redo' : 'undo' };
    if (key === 'y') return editing ? null : { type: 'redo' };
    return null;
  }
  if (e.key === 'Enter') return { type: 'move', intent: e.shiftKey ? 'enterBack' : 'enter' };
  if (e.key === 'Tab') return { type: 'move', intent: e.shiftKey ? 'tabBack' : 'tab' };
  if (e.key === 'Escape') return editing ? { type: 'cancel' } : null;
  const arrow = ARROWS[e.key];
  if (arrow !== undefined) {
    if (editing && (arrow === 'left' || arrow === 'right')) return null;
    return { type: 'move', intent: arrow };
  }
  if (editing) return null;
  if (e.key === 'F2') return { type: 'edit' };
  if (e.key === 'Delete' || e.key === 'Backspace') return { type: 'clear' };
  if (e.key.length === 1 && !e.altKey) return { type: 'type' };
  return null;
}

/** The cell a move lands on, or null at the edge of the table. */
export function moveTarget(geo: GridGeometry, from: CellId, intent: MoveIntent): CellId | null {
  switch (intent) {
    case 'enter':
      return neighbour(geo, from, 'down', INPUT_ONLY);
    case 'enterBack':
      return neighbour(geo, from, 'up', INPUT_ONLY);
    case 'tab':
      return inReadingOrder(geo, from, 1, INPUT_ONLY);
    case 'tabBack':
      return inReadingOrder(geo, from, -1, INPUT_ONLY);
    case 'up':
    case 'down':
    case 'left':
    case 'right':
      return neighbour(geo, from, intent);
  }
}

/** A stable `move` for the cells of one grid. */
export function useGridNavigation(
  geo: GridGeometry,
): (from: CellId, intent: MoveIntent) => boolean {
  return useCallback(
    (from: CellId, intent: MoveIntent) => {
      const target = moveTarget(geo, from, intent);
      return target !== null && focusCellInput(target, 'nearest');
    },
    [geo],
  );
}
