import { memo, useCallback, useSyncExternalStore } from 'react';
import type { CellId } from '../../report/cells';
import { isAcknowledged } from '../../report/checks';
import type { Finding } from '../../report/checks/types';
import type { Acknowledgement } from '../../report/document';
import { useReportStore } from '../state/hooks';
import { probeRender } from './renderProbe';

/**
 * Findings are marked on a cell only when a relation actually fails; 待填写 (not assessable)
 * is listed in the check list, not on every blank cell. Info findings are never marked, nor
 * warnings the user acknowledged (确认无误): the check list files those under 已确认 and no
 * longer counts them, so the cell must not keep flagging them either.
 */
export type CellMark = 'error' | 'warning' | null;

const NO_ACKNOWLEDGEMENTS: readonly Acknowledgement[] = [];

export function marked(f: Finding, acknowledged: readonly Acknowledgement[]): boolean {
  return (
    f.status === 'fail' &&
    (f.severity === 'error' || f.severity === 'warning') &&
    !isAcknowledged(f, { acknowledged })
  );
}

export function markOf(
  findings: readonly Finding[],
  acknowledged: readonly Acknowledgement[] = NO_ACKNOWLEDGEMENTS,
): CellMark {
  const shown = findings.filter((f) => marked(f, acknowledged));
  if (shown.some((f) => f.severity === 'error')) return 'error';
  return shown.length > 0 ? 'warning' : null;
}

/**
 * A derived view of one cell's findings (like useCellFindings, narrowed further): the
 * component re-renders only when the derived primitive changes — e.g. not when the numbers
 * in a 待填写 message of its column change on each keystroke. Acknowledging a warning changes
 * the document, not the cell's findings, so a cell that has findings also listens to the
 * document; a cell without findings (almost all of them) derives nothing from it.
 */
function useCellFindingsAs<T extends string | null>(
  id: CellId,
  derive: (findings: readonly Finding[], acknowledged: readonly Acknowledgement[]) => T,
): T {
  const store = useReportStore();
  const subscribe = useCallback(
    (l: () => void) => {
      const offCell = store.subscribeCell(id, l);
      const offDoc = store.subscribe(() => {
        if (store.findingsForCell(id).length > 0) l();
      });
      return () => {
        offCell();
        offDoc();
      };
    },
    [store, id],
  );
  return useSyncExternalStore(subscribe, () =>
    derive(store.findingsForCell(id), store.document.acknowledged),
  );
}

export function useCellMark(id: CellId): CellMark {
  return useCellFindingsAs(id, markOf);
}

function markedText(
  findings: readonly Finding[],
  acknowledged: readonly Acknowledgement[],
): string {
  return findings
    .filter((f) => marked(f, acknowledged))
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
