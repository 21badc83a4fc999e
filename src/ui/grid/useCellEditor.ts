import {
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type CompositionEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { flushSync } from 'react-dom';
import type { CellValue } from '../../report/document';
import { setCell, setInvalidCell } from '../../report/edit';
import { parseCellInput, type CellInputError } from '../../report/input/parseNumberInput';
import { useReportStore } from '../state/hooks';
import type { CheckTiming } from '../state/reportStore';
import { useGridActions } from './gridActions';
import type { ValueSlot } from './gridGeometry';
import { formatCellValue, TEXT } from './gridText';
import { isSingleToken, parseClipboard } from './parseClipboard';
import { typedText } from './typedText';
import { classifyKey } from './useGridNavigation';

/** An edit in progress: the value before it (for Escape) and the text typed so far. */
interface Session {
  readonly before: CellValue;
  /** Invalid text kept for the cell before the edit (restored by Escape). */
  readonly beforeEntry: string | null;
  draft: string;
  /** Undo key of this edit: its keystrokes merge into one step, and only its own. */
  readonly undoKey: string;
}

/**
 * Numbers each edit. Two edits of the same cell in quick succession (type 12, Enter, come
 * back, type 5) are two undo steps, as in a spreadsheet, not one merged by the store's
 * same-cell coalescing.
 */
let editSerial = 0;

/**
 * The spreadsheet editing model of one cell. Navigate mode shows the value selected; a typed
 * character (or an IME composition) starts an edit that replaces it; F2 or a double click
 * edits in place. What is typed is written to the store on every keystroke, so totals update as
 * the user types (the store merges one cell's keystrokes into one undo step). Text that is not
 * a valid value blanks the cell and is kept with the report as its invalid entry (see
 * report/invalidEntries.ts): it stays on screen with its error, also after moving to another
 * part or a reload, until it is fixed or undone (one undo step brings back the value from
 * before the edit). A commit (Enter, Tab, arrows) of such text keeps the cell in edit mode.
 */
export function useCellEditor(slot: ValueSlot, value: CellValue, entry: string | null) {
  const store = useReportStore();
  const grid = useGridActions();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<CellInputError | null>(null);
  const session = useRef<Session | null>(null);
  const composing = useRef(false);
  const input = useRef<HTMLInputElement>(null);

  // The input is uncontrolled: while an edit is in progress its text is what the user typed
  // (the browser's, or the one beforeinput applied); otherwise it shows the cell's value, or
  // text kept from an earlier invalid entry. React never writes the text of the input being
  // typed into, so a keystroke's layout is not forced in the middle of React's commit.
  const shown = entry ?? formatCellValue(value, slot.kind);
  useLayoutEffect(() => {
    const el = input.current;
    if (el !== null && !editing && el.value !== shown) el.value = shown;
  }, [editing, shown]);

  // Back in navigate mode (commit, Escape): select the whole value, as a spreadsheet does.
  useLayoutEffect(() => {
    const el = input.current;
    if (!editing && el !== null && el === document.activeElement) el.select();
  }, [editing]);

  /**
   * Writes the cell. While typing (`onPause`) the totals follow at once and the checks once
   * typing pauses; the edit's commit runs them at once (see ReportStore.flushChecks).
   */
  const write = (next: CellValue, checks: CheckTiming = 'now') => {
    const undoKey = session.current?.undoKey;
    if (undoKey === undefined) {
      store.setCell(slot.ref, next, TEXT.editUndo(slot.label));
      return;
    }
    store.update((doc) => setCell(doc, slot.ref, next).doc, {
      kind: 'edit',
      label: TEXT.editUndo(slot.label),
      coalesce: undoKey,
      checks,
    });
  };

  /** Keeps text that is not a valid value, in the same undo step as the edit's typing. */
  const writeInvalid = (text: string, checks: CheckTiming = 'now') => {
    store.update((doc) => setInvalidCell(doc, slot.ref, text).doc, {
      kind: 'edit',
      label: TEXT.editUndo(slot.label),
      coalesce: session.current?.undoKey ?? `cell:${slot.id}`,
      checks,
    });
  };

  const begin = (text: string) => {
    editSerial += 1;
    session.current = {
      before: value,
      beforeEntry: entry,
      draft: text,
      undoKey: `cell:${slot.id}#${String(editSerial)}`,
    };
    setEditing(true);
  };

  const end = () => {
    session.current = null;
    setEditing(false);
    setError(null);
    store.flushChecks();
  };

  /** Writes typed text to the store (or keeps it as invalid). */
  const apply = (text: string) => {
    if (session.current !== null) session.current.draft = text;
    if (composing.current) return; // never commit half an IME composition
    const parsed = parseCellInput(text, slot.kind);
    if (parsed.ok) {
      setError(null);
      write(parsed.value, 'onPause');
    } else {
      // Kept at once, not only on commit: a reload right after typing must not lose it.
      setError(parsed.reason);
      writeInvalid(text, 'onPause');
    }
  };

  const typed = (text: string) => {
    if (session.current === null) begin(text);
    apply(text);
  };

  /** Ends the edit if the text is valid; otherwise restores the value and keeps the error. */
  const commit = (): boolean => {
    const current = session.current;
    if (current === null) return true;
    const parsed = parseCellInput(current.draft, slot.kind);
    if (!parsed.ok) {
      setError(parsed.reason);
      writeInvalid(current.draft);
      store.flushChecks();
      return false;
    }
    write(parsed.value);
    end();
    return true;
  };

  const cancel = () => {
    const current = session.current;
    if (current === null) return;
    if (current.beforeEntry === null) write(current.before);
    else writeInvalid(current.beforeEntry);
    end();
  };

  const editInPlace = (el: HTMLInputElement) => {
    if (slot.computed || session.current !== null) return;
    begin(el.value);
    el.setSelectionRange(el.value.length, el.value.length);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing || composing.current) return;
    const action = classifyKey(e, session.current !== null);
    if (action === null) return;
    switch (action.type) {
      case 'move': {
        if (!commit()) {
          e.preventDefault();
          return;
        }
        const moved = grid.move(slot.id, action.intent);
        // Tab past the last cell leaves the grid the browser's way.
        if (moved || (action.intent !== 'tab' && action.intent !== 'tabBack')) e.preventDefault();
        return;
      }
      case 'type':
        if (slot.computed) {
          e.preventDefault();
          return;
        }
        // The character replaces the selected value; the edit begins when it arrives (in
        // beforeinput, or in the input event when the browser inserts it itself).
        e.currentTarget.select();
        return;
      case 'edit':
        e.preventDefault();
        editInPlace(e.currentTarget);
        return;
      case 'clear':
        e.preventDefault();
        // Its own undo step: Ctrl+Z right after Delete brings back the value just cleared.
        if (!slot.computed)
          store.setCells([[slot.ref, null]], { kind: 'clear', label: TEXT.clearUndo });
        return;
      case 'cancel':
        e.preventDefault();
        cancel();
        return;
      case 'undo':
      case 'redo':
        // The grid owns Ctrl+Z here: the input's own undo would desynchronise it from the store.
        e.preventDefault();
        e.stopPropagation();
        if (action.type === 'undo') store.undo();
        else store.redo();
        return;
    }
  };

  // A typed character, Backspace or Delete is applied here, before the browser would insert
  // it, so the text and the totals change in one go and the page is laid out once per
  // keystroke (see typedText.ts). Anything else (IME, word deletion, drops) stays native and
  // arrives through onChange. React's onBeforeInput is built from textInput, hence a native
  // listener.
  const onBeforeInput = useEffectEvent((e: InputEvent) => {
    const el = input.current;
    if (el === null || slot.computed || composing.current || e.isComposing || !e.cancelable) return;
    const { selectionStart, selectionEnd } = el;
    if (selectionStart === null || selectionEnd === null) return;
    const next = typedText(el.value, selectionStart, selectionEnd, e.inputType, e.data);
    if (next === null) return;
    e.preventDefault();
    // First the totals and the cell's edit state, with the input still showing what it
    // showed; then the input's own text and caret. A focused input whose text or caret
    // changes during a keystroke makes the browser lay the page out at once, so that change
    // comes last, after every other change of this keystroke, and the page is laid out once.
    flushSync(() => {
      if (session.current === null) begin(el.value);
      apply(next.text);
    });
    el.value = next.text;
    el.setSelectionRange(next.caret, next.caret);
  });
  useEffect(() => {
    const el = input.current;
    if (el === null) return;
    const listener = (e: Event) => {
      if (e instanceof InputEvent) onBeforeInput(e);
    };
    el.addEventListener('beforeinput', listener);
    return () => {
      el.removeEventListener('beforeinput', listener);
    };
  }, []);

  const onMouseDown = (e: MouseEvent<HTMLInputElement>) => {
    if (session.current !== null) return; // caret placement while editing
    e.preventDefault(); // a click selects the cell; it does not place a caret
    if (document.activeElement === e.currentTarget) e.currentTarget.select();
    else e.currentTarget.focus();
  };

  const onFocus = () => {
    const el = input.current;
    if (el === null) return;
    if (session.current === null) el.select();
    else el.setSelectionRange(el.value.length, el.value.length);
  };

  const onBlur = () => {
    if (!composing.current) commit();
  };

  const onCompositionStart = (e: CompositionEvent<HTMLInputElement>) => {
    composing.current = true;
    if (session.current === null && !slot.computed) begin(e.currentTarget.value);
  };

  const onCompositionEnd = (e: CompositionEvent<HTMLInputElement>) => {
    composing.current = false;
    typed(e.currentTarget.value);
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const tokens = parseClipboard({
      text: e.clipboardData.getData('text/plain'),
      html: e.clipboardData.getData('text/html'),
    });
    const single = isSingleToken(tokens);
    if (single && session.current !== null) return; // insert into the text being edited
    e.preventDefault();
    if (tokens.length === 0) return;
    if (single) {
      if (slot.computed) return;
      typed(tokens[0]?.[0] ?? '');
      commit();
      return;
    }
    if (commit()) grid.requestPaste(slot.id, tokens);
  };

  return {
    editing,
    error,
    inputProps: {
      ref: input,
      onChange: (e: { currentTarget: HTMLInputElement }) => {
        typed(e.currentTarget.value);
      },
      onKeyDown,
      onMouseDown,
      onDoubleClick: (e: MouseEvent<HTMLInputElement>) => {
        editInPlace(e.currentTarget);
      },
      onFocus,
      onBlur,
      onCompositionStart,
      onCompositionEnd,
      onPaste,
    },
  };
}
