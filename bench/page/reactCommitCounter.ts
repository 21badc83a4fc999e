/**
 * Counts the React components rendered in each commit, through a stand-in for the React
 * DevTools global hook installed before React loads (React calls `onCommitFiberRoot` after every
 * commit, in production and profiling builds alike). Runs in the browser: it must not use
 * anything from its module scope.
 *
 * A component "rendered" when its fiber has the PerformedWork flag (1) in this commit. Like
 * React DevTools, the walk skips a subtree whose child list is the same object as before the
 * commit (React did not even visit it: its flags are stale from an earlier commit). With the
 * profiling build (react-dom/profiling), the root's `actualDuration` is the commit's render time.
 */
export interface CommitSample {
  readonly at: number;
  readonly rendered: number;
  /** Render time of the commit in ms (profiling builds only; null otherwise). */
  readonly renderMs: number | null;
  /** Rendered components by name (names survive only in an unminified build). */
  readonly byName: Record<string, number>;
}

export interface CommitCounter {
  readonly commits: CommitSample[];
  reset(): void;
}

export interface CommitWindow {
  __benchCommits?: CommitCounter;
  __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown;
}

interface Fiber {
  readonly tag: number;
  readonly flags: number;
  readonly type: unknown;
  readonly child: Fiber | null;
  readonly sibling: Fiber | null;
  readonly alternate: Fiber | null;
  readonly actualDuration?: number;
}

export function installReactCommitCounter(): void {
  // FunctionComponent 0, ClassComponent 1, ForwardRef 11, MemoComponent 14, SimpleMemoComponent 15.
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const PERFORMED_WORK = 1;
  const counter: CommitCounter = {
    commits: [],
    reset: () => {
      counter.commits.length = 0;
    },
  };
  const nameOf = (type: unknown): string => {
    if (typeof type === 'function') {
      const fn = type as { displayName?: string; name?: string };
      return fn.displayName ?? (fn.name !== undefined && fn.name !== '' ? fn.name : 'anonymous');
    }
    if (typeof type === 'object' && type !== null) {
      const inner = type as { displayName?: string; type?: unknown; render?: unknown };
      return inner.displayName ?? nameOf(inner.type ?? inner.render);
    }
    return 'anonymous';
  };
  const walk = (fiber: Fiber, byName: Record<string, number>): number => {
    let count = 0;
    // Iterative over siblings, recursive over children (trees are shallow, lists are long).
    for (let node: Fiber | null = fiber; node !== null; node = node.sibling) {
      const previous = node.alternate;
      const mounted = previous === null;
      if (COMPONENT_TAGS.has(node.tag) && (mounted || (node.flags & PERFORMED_WORK) !== 0)) {
        count += 1;
        const name = nameOf(node.type);
        byName[name] = (byName[name] ?? 0) + 1;
      }
      const untouched = previous !== null && previous.child === node.child;
      if (node.child !== null && !untouched) count += walk(node.child, byName);
    }
    return count;
  };
  let nextId = 0;
  (window as CommitWindow).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => (nextId += 1),
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      const byName: Record<string, number> = {};
      const top = root.current;
      // Start below the HostRoot: the root itself is not a component.
      const previousTop = top.alternate;
      const rendered =
        top.child === null || (previousTop !== null && previousTop.child === top.child)
          ? 0
          : walk(top.child, byName);
      counter.commits.push({
        at: performance.now(),
        rendered,
        renderMs: typeof top.actualDuration === 'number' ? top.actualDuration : null,
        byName,
      });
    },
  };
  (window as CommitWindow).__benchCommits = counter;
}
