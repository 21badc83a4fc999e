import { memo, useId } from 'react';
import type { CellKind } from '../../report/definition/types';
import { parseCellInput, type CellInputError } from '../../report/input/parseNumberInput';
import { useCellValue, useInvalidEntry } from '../state/hooks';
import { CellFindingNote, useCellMark } from './CellFindingNote';
import type { ValueSlot } from './gridGeometry';
import { inputErrorMessage } from './gridText';
import { probeRender } from './renderProbe';
import { useCellEditor } from './useCellEditor';

/** Why kept text is not a valid value (it was kept because it is not). */
function entryError(text: string, kind: CellKind): CellInputError {
  const parsed = parseCellInput(text, kind);
  return parsed.ok ? 'notNumber' : parsed.reason;
}

/**
 * One value cell. It subscribes to its own value and mark only, so a keystroke re-renders
 * this cell and the totals that change, never the table. Totals are read-only, tinted and
 * skipped by Tab, but arrows reach them.
 */
export const GridCell = memo(function GridCell({ slot }: { readonly slot: ValueSlot }) {
  probeRender('cell', slot.id);
  const value = useCellValue(slot.id);
  const entry = useInvalidEntry(slot.id);
  const mark = useCellMark(slot.id);
  const editor = useCellEditor(slot, value, entry);
  const { editing, inputProps } = editor;
  const errorId = useId();
  const noteId = useId();

  // Text kept from an earlier entry that was not a valid value shows as typed (useCellEditor
  // writes the input's text), with its error.
  const error = editor.error ?? (editing || entry === null ? null : entryError(entry, slot.kind));
  const invalid = error !== null || mark !== null;
  const describedBy = [error !== null ? errorId : '', mark !== null ? noteId : '']
    .filter((id) => id !== '')
    .join(' ');
  const className = [
    'grid-cell',
    slot.computed ? 'grid-cell--computed' : '',
    editing ? 'grid-cell--editing' : '',
    error !== null ? 'grid-cell--invalid' : '',
    mark === null ? '' : `grid-cell--${mark}`,
  ]
    .filter((c) => c !== '')
    .join(' ');

  return (
    <div className={className}>
      <input
        {...inputProps}
        className="grid-cell__input"
        data-cell={slot.id}
        aria-label={slot.label}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        title={error === null ? undefined : inputErrorMessage(error, slot.kind)}
        readOnly={slot.computed}
        tabIndex={slot.computed ? -1 : 0}
        inputMode={slot.kind === 'money' ? 'decimal' : 'numeric'}
        autoComplete="off"
        spellCheck={false}
      />
      {error !== null && (
        <span id={errorId} className="grid-cell__error">
          {inputErrorMessage(error, slot.kind)}
        </span>
      )}
      <CellFindingNote id={slot.id} noteId={noteId} />
    </div>
  );
});
