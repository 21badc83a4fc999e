import type { CrossUnitFinding } from '../../report/aggregate/crossUnit';
import type { YearChange } from '../../report/aggregate/yearChange';
import type { ReviewedItem } from '../../io/review/reviewFile';

/** A file handed to the review worker; `name` is unique within one run (folder path kept). */
export interface SourceFile {
  readonly name: string;
  readonly blob: Blob;
}

/**
 * The page sends `start` with the number of files, then the files in chunks: posting a
 * thousand File objects in one message blocks the page for 100 ms or more (each File is cloned through the browser, about 0.4 ms each).
 */
export type StartMessage =
  | {
      readonly type: 'start';
      readonly total: number;
      /** The date 逾期 is judged against (ms since the epoch). */
      readonly today: number;
    }
  | { readonly type: 'files'; readonly files: readonly SourceFile[] };

/** Files per `files` message. */
export const FILES_PER_MESSAGE = 20;

/** Items of a batch carry the index of the source file they came from (a zip gives several). */
export interface SourcedItem {
  readonly source: number;
  readonly item: ReviewedItem;
}

export type WorkerMessage =
  | {
      readonly type: 'progress';
      readonly done: number;
      readonly total: number;
      readonly items: readonly SourcedItem[];
    }
  | {
      readonly type: 'done';
      readonly findings: readonly CrossUnitFinding[];
      readonly superseded: readonly string[];
      readonly mainYear: number | null;
      readonly changes: readonly (readonly [string, YearChange])[];
    };
