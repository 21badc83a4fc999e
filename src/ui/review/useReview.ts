import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { CrossUnitFinding } from '../../report/aggregate/crossUnit';
import type { YearChange } from '../../report/aggregate/yearChange';
import type { FailedFile, ReviewedUnit } from '../../io/review/reviewFile';
import {
  FILES_PER_MESSAGE,
  type SourceFile,
  type StartMessage,
  type WorkerMessage,
} from './protocol';

export interface ReviewAnalysisState {
  readonly findings: readonly CrossUnitFinding[];
  readonly superseded: ReadonlySet<string>;
  readonly mainYear: number | null;
  readonly changes: ReadonlyMap<string, YearChange>;
}

export interface ReviewState {
  readonly sources: readonly SourceFile[];
  readonly reading: boolean;
  readonly done: number;
  readonly total: number;
  readonly units: readonly ReviewedUnit[];
  readonly failed: readonly FailedFile[];
  /** Unit file name → index of the source file it came from (a 报送包 gives several units). */
  readonly unitSource: ReadonlyMap<string, number>;
  readonly analysis: ReviewAnalysisState | null;
}

const EMPTY: ReviewState = {
  sources: [],
  reading: false,
  done: 0,
  total: 0,
  units: [],
  failed: [],
  unitSource: new Map(),
  analysis: null,
};

type Action =
  | { readonly type: 'start'; readonly sources: readonly SourceFile[] }
  | { readonly type: 'message'; readonly message: WorkerMessage }
  | { readonly type: 'clear' };

function reduce(state: ReviewState, action: Action): ReviewState {
  switch (action.type) {
    case 'clear':
      return EMPTY;
    case 'start':
      return { ...EMPTY, sources: action.sources, reading: true, total: action.sources.length };
    case 'message': {
      const m = action.message;
      if (m.type === 'progress') {
        const units = [...state.units];
        const failed = [...state.failed];
        const unitSource = new Map(state.unitSource);
        for (const { source, item } of m.items) {
          if (item.kind === 'unit') {
            units.push(item);
            unitSource.set(item.file, source);
          } else failed.push(item);
        }
        return { ...state, done: m.done, total: m.total, units, failed, unitSource };
      }
      return {
        ...state,
        reading: false,
        analysis: {
          findings: m.findings,
          superseded: new Set(m.superseded),
          mainYear: m.mainYear,
          changes: new Map(m.changes),
        },
      };
    }
  }
}

/** Names stay unique within a review (two folders may both hold 报告.json). */
function uniqueNames(existing: readonly SourceFile[], added: readonly SourceFile[]): SourceFile[] {
  const taken = new Set(existing.map((s) => s.name));
  return added.map((s) => {
    let name = s.name;
    for (let n = 2; taken.has(name); n++) name = `${s.name}（${String(n)}）`;
    taken.add(name);
    return { ...s, name };
  });
}

/**
 * The review's files, read and checked in a worker. Adding files re-reads the whole set so the
 * findings across units always cover every unit.
 */
export function useReview() {
  const [state, dispatch] = useReducer(reduce, EMPTY);
  const workerRef = useRef<Worker | null>(null);
  const stop = () => {
    workerRef.current?.terminate();
    workerRef.current = null;
  };
  useEffect(() => stop, []);

  const start = useCallback((sources: readonly SourceFile[]) => {
    stop();
    dispatch({ type: 'start', sources });
    if (sources.length === 0) return;
    const worker = new Worker(new URL('./review.worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      dispatch({ type: 'message', message: event.data });
      if (event.data.type === 'done') stop();
    });
    const send = (message: StartMessage) => {
      worker.postMessage(message);
    };
    send({ type: 'start', total: sources.length, today: Date.now() });
    // One chunk per task, so the page stays responsive while a thousand files are handed over.
    const sendFrom = (offset: number) => {
      if (workerRef.current !== worker || offset >= sources.length) return;
      send({ type: 'files', files: sources.slice(offset, offset + FILES_PER_MESSAGE) });
      setTimeout(() => {
        sendFrom(offset + FILES_PER_MESSAGE);
      }, 0);
    };
    sendFrom(0);
  }, []);

  const add = useCallback(
    (files: readonly SourceFile[]) => {
      start([...state.sources, ...uniqueNames(state.sources, files)]);
    },
    [start, state.sources],
  );

  const clear = useCallback(() => {
    stop();
    dispatch({ type: 'clear' });
  }, []);

  return { state, add, clear };
}
