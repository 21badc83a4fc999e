/**
 * In-page instrumentation of typing, installed before the page's own scripts (an init script).
 * Runs in the browser: it must not use anything from its module scope.
 *
 * For every keydown and keyup on an <input>, latency = from the event's own timestamp (when the
 * browser received the key, so queueing before the handler counts) to just after the next frame:
 * a requestAnimationFrame callback posts a MessageChannel message, which runs once that frame's
 * style, layout and paint are done. A keystroke's latency is the larger of its keydown and keyup
 * latencies (like INP: SurveyJS updates its value on keyup, Nianbao on input).
 *
 * The Event Timing API is recorded alongside (entries of 16 ms and more: the API's floor) to
 * cross-check the slow keystrokes, and Long Tasks (50 ms and more) for main-thread stalls.
 */
export interface KeySample {
  readonly type: string;
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

export interface EventTimingSample {
  readonly name: string;
  readonly startTime: number;
  readonly duration: number;
  readonly interactionId: number;
}

export interface LongTaskSample {
  readonly startTime: number;
  readonly duration: number;
}

export interface TypingProbe {
  readonly samples: KeySample[];
  readonly eventTiming: EventTimingSample[];
  readonly longTasks: LongTaskSample[];
  /** Resolves when every key event seen so far has reached its next paint. */
  whenIdle(): Promise<void>;
  reset(): void;
}

export interface TypingWindow {
  __benchTyping?: TypingProbe;
}

export function installTypingProbe(): void {
  let pending = 0;
  let waiters: (() => void)[] = [];
  const probe: TypingProbe = {
    samples: [],
    eventTiming: [],
    longTasks: [],
    whenIdle: () =>
      pending === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            waiters.push(resolve);
          }),
    reset: () => {
      probe.samples.length = 0;
      probe.eventTiming.length = 0;
      probe.longTasks.length = 0;
    },
  };
  (window as TypingWindow).__benchTyping = probe;

  const onKey = (event: KeyboardEvent): void => {
    if (!(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement))
      return;
    const { type, key } = event;
    const start = event.timeStamp;
    pending += 1;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probe.samples.push({ type, key, start, end: performance.now() });
        pending -= 1;
        if (pending === 0) {
          const done = waiters;
          waiters = [];
          for (const resolve of done) resolve();
        }
      };
      channel.port2.postMessage(null);
    });
  };
  window.addEventListener('keydown', onKey, { capture: true });
  window.addEventListener('keyup', onKey, { capture: true });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const timing = entry as PerformanceEventTiming;
        probe.eventTiming.push({
          name: timing.name,
          startTime: timing.startTime,
          duration: timing.duration,
          interactionId: timing.interactionId,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  } catch {
    // No Event Timing in this browser: the rAF measurement stands alone.
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: reported as unavailable.
  }
}
