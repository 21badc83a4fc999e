import { useCallback, useSyncExternalStore } from 'react';
import { yearOnYearHints, type YearOnYearHint } from '../../report/compare/yearOnYear';
import { useReportStore } from '../state/hooks';
import type { ReportStore } from '../state/reportStore';

interface Cached {
  readonly doc: ReportStore['document'];
  readonly previous: ReportStore['previous'];
  readonly hints: readonly YearOnYearHint[];
}

const NONE: readonly YearOnYearHint[] = [];
const cache = new WeakMap<ReportStore, Cached>();

const signature = (hints: readonly YearOnYearHint[]) => hints.map((h) => h.message).join('\n');

/**
 * The hints of the store's document, computed once per change and kept as the same array while
 * their wording is unchanged, so the list re-renders only when a hint appears, goes or changes.
 * Without a linked report this is a constant: nothing is computed while typing.
 */
function hintsOf(store: ReportStore): readonly YearOnYearHint[] {
  const { document: doc, previous } = store;
  if (previous === null) return NONE;
  const last = cache.get(store);
  if (last?.doc === doc && last.previous === previous) return last.hints;
  const fresh = yearOnYearHints(doc, previous);
  const hints =
    last !== undefined && signature(last.hints) === signature(fresh) ? last.hints : fresh;
  cache.set(store, { doc, previous, hints });
  return hints;
}

export function useYearOnYearHints(): readonly YearOnYearHint[] {
  const store = useReportStore();
  const subscribe = useCallback((l: () => void) => store.subscribe(l), [store]);
  return useSyncExternalStore(subscribe, () => hintsOf(store));
}
