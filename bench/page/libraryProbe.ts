/**
 * In-page observation of the drafts library, installed before the page's scripts: when its
 * list (a row `[data-report-id]`) or its empty message first appears, and every long task
 * (≥ 50 ms) since navigation. Runs in the browser: it must not use its module scope.
 */
export interface LibraryProbe {
  shownAt: number | null;
  readonly longTasks: number[];
}

export interface LibraryWindow {
  __benchLibrary?: LibraryProbe;
}

export function installLibraryProbe(): void {
  const probe: LibraryProbe = { shownAt: null, longTasks: [] };
  (window as LibraryWindow).__benchLibrary = probe;
  const look = (): void => {
    if (probe.shownAt !== null) return;
    if (document.querySelector('[data-report-id], .library__empty') !== null) {
      probe.shownAt = performance.now();
    }
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the figure stays empty.
  }
}
