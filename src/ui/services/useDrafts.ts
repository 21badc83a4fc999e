import { useEffect, useState } from 'react';
import type { DraftSummary } from '../../storage/draftCatalog';
import { watchQuery } from '../../storage/live';
import { usePersistence } from './context';

export interface DraftsState {
  /** `null` while loading. */
  readonly lines: readonly DraftSummary[] | null;
  readonly error: string | null;
}

/**
 * Every stored report as a library line, kept live: Dexie's liveQuery follows writes in this
 * tab and in other tabs, and BroadcastChannel('nianbao') messages trigger a fresh read too
 * (e.g. a browser where Dexie's own cross-tab signal is unavailable). It reads only the stored
 * summaries (DraftCatalog), and starts from the last listing read, so a return from the editor
 * shows the list at once. Missing or stale summaries are computed in the background.
 * Mount it only where the list is shown: never in the editor, whose saves would re-run it.
 */
export function useDrafts(): DraftsState {
  const { catalog, feed } = usePersistence();
  const [state, setState] = useState<DraftsState>(() => ({
    lines: catalog.cached?.lines ?? null,
    error: null,
  }));
  const [nudge, setNudge] = useState(0);

  useEffect(
    () =>
      feed.subscribe((_change, remote) => {
        if (remote) setNudge((n) => n + 1);
      }),
    [feed],
  );

  useEffect(
    () =>
      watchQuery(
        () => catalog.list(),
        (listing) => {
          setState({ lines: listing.lines, error: null });
          if (listing.stale.length > 0) {
            catalog.refresh(listing.stale).catch(() => {
              setState((s) => ({ ...s, error: '部分报告的摘要无法计算。' }));
            });
          }
        },
        () => {
          setState((s) => ({ ...s, error: '无法读取浏览器中保存的报告。' }));
        },
      ),
    [catalog, nudge],
  );

  return state;
}
