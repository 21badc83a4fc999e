import { memo, useId } from 'react';
import { useCellValue } from '../state/hooks';
import { CellFindingNote, useCellMark } from './CellFindingNote';
import type { ValueSlot } from './gridGeometry';
import { formatCellValue, inputErrorMessage } from './gridText';
import { probeRender } from './renderProbe';
import { useCellEditor } from './useCellEditor';

/**
 * One value cell. It subscribes to its own value and mark only, so a keystroke re-renders
 * this cell and the totals that change, never the table. Totals are read-only, tinted and
 * skipped by Tab, but arrows reach them.
 */
export const GridCell = memo(function GridCell({ slot }: { readonly slot: ValueSlot }) {
  probeRender('cell', slot.id);
  const value = useCellValue(slot.id);
  const mark = useCellMark(slot.id);
  const { editing, draft, error, inputProps } = useCellEditor(slot, value);
  const errorId = useId();
  const noteId = useId();

  const shown = editing ? draft : formatCellValue(value, slot.kind);
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
        value={shown}
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
