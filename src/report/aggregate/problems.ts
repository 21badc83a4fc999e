import type { CellId } from '../cells';
import type { Format } from '../definition/types';

/** Why a set of reports could not be consolidated; wording in messages.ts. */
export type ConsolidationProblem =
  | { readonly code: 'empty' }
  | {
      readonly code: 'mixedYears';
      readonly groups: readonly { readonly value: number; readonly names: readonly string[] }[];
    }
  | {
      readonly code: 'mixedFormats';
      readonly groups: readonly { readonly value: Format; readonly names: readonly string[] }[];
    }
  /** A sum beyond exact integer arithmetic: not a real report, refused rather than rounded. */
  | { readonly code: 'tooLarge'; readonly cell: CellId };
