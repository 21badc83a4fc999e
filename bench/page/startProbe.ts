/**
 * In-page measurement of start-up, installed before the page's own scripts.
 * Runs in the browser: it must not use anything from its module scope.
 *
 * A MutationObserver watches the DOM from the first byte. Each step's element is clicked once, as
 * soon as it appears, and again if React replaces it (e.g. the 表三 button of the editor's part list, or a draft in a library), so
 * the figure is the app's own time to the first usable input, without automation round trips.
 * Steps that never appear are simply not needed by this version of the app. Times are
 * `performance.now()`, i.e. milliseconds since the navigation started.
 */
export interface StartStep {
  readonly selector: string;
}

export interface StartProbeConfig {
  /** The input that must be focusable for the page to count as interactive. */
  readonly target: string;
  /** Each clicked once when it appears. */
  readonly steps: readonly StartStep[];
}

export interface StartProbe {
  /** First step's element (or the target, without steps) present: the first screen is usable. */
  firstScreenAt: number | null;
  /** The target input present, enabled and laid out. */
  interactiveAt: number | null;
  readonly clicked: string[];
}

export interface StartWindow {
  __benchStart?: StartProbe;
}

export function installStartProbe(config: StartProbeConfig): void {
  const probe: StartProbe = { firstScreenAt: null, interactiveAt: null, clicked: [] };
  (window as StartWindow).__benchStart = probe;
  // Elements already clicked: a step's element that React replaces (e.g. the editor mounting
  // again once its draft has loaded) is a new element and is clicked again.
  const clickedElements = new WeakSet<Element>();
  const usable = (el: Element | null): el is HTMLElement =>
    el instanceof HTMLElement &&
    el.isConnected &&
    !(el as HTMLInputElement).disabled &&
    el.getClientRects().length > 0;
  const check = (): boolean => {
    const target = document.querySelector(config.target);
    if (usable(target)) {
      const now = performance.now();
      probe.firstScreenAt ??= now;
      probe.interactiveAt = now;
      return true;
    }
    config.steps.forEach((step) => {
      const el = document.querySelector(step.selector);
      if (!usable(el) || clickedElements.has(el)) return;
      probe.firstScreenAt ??= performance.now();
      clickedElements.add(el);
      probe.clicked.push(step.selector);
      el.click();
    });
    return false;
  };
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}
