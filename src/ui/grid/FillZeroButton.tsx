import { readCell } from '../../report/cells';
import type { ReportDocument } from '../../report/document';
import { useDocumentSelector, useReportStore } from '../state/hooks';
import { focusCellInput } from './focusCell';
import type { GridGeometry, ValueSlot } from './gridGeometry';
import { TEXT } from './gridText';

/** Input cells of the table that are still blank (totals are never filled by hand). */
export function blankInputs(doc: ReportDocument, geo: GridGeometry): ValueSlot[] {
  return geo.values.filter((slot) => !slot.computed && readCell(doc, slot.ref) === null);
}

/**
 * 填零: a finished table has 0 where 0 is meant, never blank (blank means "not filled in").
 * One click fills every blank input cell with 0 as one undoable step. The button is then
 * disabled, so focus moves to the first filled cell: a keyboard user would otherwise be left
 * on a disabled button, i.e. nowhere (focus falls back to the page).
 */
export function FillZeroButton({ geometry }: { readonly geometry: GridGeometry }) {
  const store = useReportStore();
  const blanks = useDocumentSelector((doc) => blankInputs(doc, geometry).length);
  return (
    <button
      type="button"
      className="grid__button"
      title={TEXT.fillZeroHint}
      disabled={blanks === 0}
      onClick={() => {
        const blank = blankInputs(store.document, geometry);
        store.setCells(
          blank.map((s) => [s.ref, 0] as const),
          { kind: 'fill', label: TEXT.fillZeroUndo },
        );
        const first = blank[0];
        if (first !== undefined) focusCellInput(first.id, 'nearest');
      }}
    >
      {TEXT.fillZero}
    </button>
  );
}
