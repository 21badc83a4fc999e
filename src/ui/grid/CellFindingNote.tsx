import { memo, useCallback, useSyncExternalStore } from 'react';
import type { CellId } from '../../report/cells';
import type { Finding } from '../../report/checks/types';
import { useReportStore } from '../state/hooks';
import { probeRender } from './renderProbe';

/**
 * Findings are marked on a cell only when a relation actually fails; 待填写 (not assessable)
 * is listed in the check list, not on every blank cell. Info findings are never marked.
 */
export type CellMark = 'error' | 'warning' | null;

function marked(f: Finding): boolean {
  return f.status === 'fail' && (f.severity === 'error' || f.severity === 'warning');
}

export function markOf(findings: readonly Finding[]): CellMark {
  const shown = findings.filter(marked);
  if (shown.some((f) => f.severity === 'error')) return 'error';
  return shown.length > 0 ? 'warning' : null;
}

/**
 * A derived view of one cell's findings (like useCellFindings, narrowed further): the
 * component re-renders only when the derived primitive changes — e.g. not when the numbers
 * in a 待填写 message of its column change on each keystroke.
 */
function useCellFindingsAs<T extends string | null>(
  id: CellId,
  derive: (findings: readonly Finding[]) => T,
): T {
  const store = useReportStore();
  const subscribe = useCallback((l: () => void) => store.subscribeCell(id, l), [store, id]);
  return useSyncExternalStore(subscribe, () => derive(store.findingsForCell(id)));
}

export function useCellMark(id: CellId): CellMark {
  return useCellFindingsAs(id, markOf);
}

function markedText(findings: readonly Finding[]): string {
  return findings
    .filter(marked)
    .map((f) => f.message)
    .join('\n');
}

interface CellFindingNoteProps {
  readonly id: CellId;
  /** Id of the visually hidden description that the input's aria-describedby points at. */
  readonly noteId: string;
}

/** The "!" badge with a tooltip, and the messages for assistive technology. */
export const CellFindingNote = memo(function CellFindingNote({ id, noteId }: CellFindingNoteProps) {
  probeRender('note', id);
  const text = useCellFindingsAs(id, markedText);
  return (
    <>
      {text !== '' && (
        <span className="grid-cell__badge" aria-hidden="true" title={text}>
          !
        </span>
      )}
      <span id={noteId} className="grid-sr-only">
        {text}
      </span>
    </>
  );
});
