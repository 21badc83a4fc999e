import { useEffect, useState } from 'react';
import type { DraftSummary } from '../../storage/draftCatalog';
import { watchQuery } from '../../storage/live';
import { usePersistence } from '../persistence/context';

export interface DraftsState {
  /** `null` while loading. */
  readonly lines: readonly DraftSummary[] | null;
  readonly error: string | null;
}

/**
 * Every stored report as a library line, kept live: Dexie's liveQuery follows writes in this
 * tab and in other tabs, and BroadcastChannel('nianbao') messages trigger a fresh read too
 * (e.g. a browser where Dexie's own cross-tab signal is unavailable). Error and warning
 * counts (unless `counts: false`) are added after the list is shown, and only for reports
 * that changed.
 */
export function useDrafts(options: { readonly counts?: boolean } = {}): DraftsState {
  const counts = options.counts ?? true;
  const { reports, catalog, feed } = usePersistence();
  const [state, setState] = useState<DraftsState>({ lines: null, error: null });
  const [nudge, setNudge] = useState(0);

  useEffect(
    () =>
      feed.subscribe((_change, remote) => {
        if (remote) setNudge((n) => n + 1);
      }),
    [feed],
  );

  useEffect(() => {
    let countsTimer: ReturnType<typeof setTimeout> | null = null;
    const stop = watchQuery(
      () => reports.rows(),
      (rows) => {
        const lines = catalog.summarize(rows);
        setState({ lines, error: null });
        if (!counts) return;
        if (countsTimer !== null) clearTimeout(countsTimer);
        countsTimer = setTimeout(() => {
          setState({ lines: catalog.withCounts(lines), error: null });
        }, 0);
      },
      () => {
        setState((s) => ({ ...s, error: '无法读取浏览器中保存的报告。' }));
      },
    );
    return () => {
      stop();
      if (countsTimer !== null) clearTimeout(countsTimer);
    };
  }, [reports, catalog, nudge, counts]);

  return state;
}
