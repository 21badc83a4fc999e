import { useCallback, useSyncExternalStore } from 'react';
import type { ReportDocument } from '../../report/document';
import { useReportStore } from './hooks';

/**
 * Last year's report linked to the open one (参考上年 → 关联, or 导入 as last year's report), or
 * `null`. Linking and unlinking go through the store, which tells its document listeners; the
 * snapshot is the same object while typing, so typing never re-renders the caller.
 */
export function usePreviousReport(): ReportDocument | null {
  const store = useReportStore();
  const subscribe = useCallback((l: () => void) => store.subscribe(l), [store]);
  return useSyncExternalStore(subscribe, () => store.previous);
}
