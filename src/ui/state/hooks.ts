import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { CellId } from '../../report/cells';
import { parseCellId } from '../../report/cells';
import type { Finding } from '../../report/checks/types';
import type { CellValue, RestoredDocument } from '../../report/document';
import type { ReportStore } from './reportStore';

export const ReportStoreContext = createContext<ReportStore | null>(null);

export function useReportStore(): ReportStore {
  const store = useContext(ReportStoreContext);
  if (store === null) throw new Error('useReportStore outside <ReportStoreContext.Provider>');
  return store;
}

/** The value of one cell; re-renders only when that cell changes. */
export function useCellValue(id: CellId): CellValue {
  const store = useReportStore();
  const subscribe = useCallback((l: () => void) => store.subscribeCell(id, l), [store, id]);
  const ref = parseCellId(id);
  return useSyncExternalStore(subscribe, () => (ref === null ? null : store.cell(ref)));
}

/** The invalid text kept for one cell (see invalidEntries.ts), or `null`. */
export function useInvalidEntry(id: CellId): string | null {
  const store = useReportStore();
  const subscribe = useCallback((l: () => void) => store.subscribeCell(id, l), [store, id]);
  return useSyncExternalStore(subscribe, () => store.invalidEntry(id));
}

/** The findings that involve one cell; re-renders only when they change. */
export function useCellFindings(id: CellId): readonly Finding[] {
  const store = useReportStore();
  const subscribe = useCallback((l: () => void) => store.subscribeCell(id, l), [store, id]);
  return useSyncExternalStore(subscribe, () => store.findingsForCell(id));
}

/** All findings; re-renders when the list changes. */
export function useFindings(): readonly Finding[] {
  const store = useReportStore();
  const subscribe = useCallback((l: () => void) => store.subscribeFindings(l), [store]);
  return useSyncExternalStore(subscribe, () => store.findings);
}

/**
 * A slice of the document. The selector must return a value that stays identical while the
 * slice is unchanged (a primitive, or an object taken from the document as is).
 */
export function useDocumentSelector<T>(selector: (doc: RestoredDocument) => T): T {
  const store = useReportStore();
  const subscribe = useCallback((l: () => void) => store.subscribe(l), [store]);
  return useSyncExternalStore(subscribe, () => selector(store.document));
}

/** Undo/redo availability for toolbar buttons. */
export function useHistoryState(): {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
} {
  const store = useReportStore();
  const subscribe = useCallback((l: () => void) => store.subscribe(l), [store]);
  const canUndo = useSyncExternalStore(subscribe, () => store.canUndo);
  const canRedo = useSyncExternalStore(subscribe, () => store.canRedo);
  const undoLabel = useSyncExternalStore(subscribe, () => store.undoLabel);
  const redoLabel = useSyncExternalStore(subscribe, () => store.redoLabel);
  return { canUndo, canRedo, undoLabel, redoLabel };
}
