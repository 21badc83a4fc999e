import type { ReportDocument } from '../document';
import type { Finding } from './types';
import type { CellValues } from './values';

/** What every check receives: the report, last year's report if known, and the date. */
export interface CheckContext {
  readonly doc: ReportDocument;
  /** The document's stored values by `CellSpec.index` (read once per run; see values.ts). */
  readonly values: CellValues;
  /** Last year's report (any edition); `null` when unknown. Each previous.* check decides if it fits. */
  readonly previous: ReportDocument | null;
  /** "Now" for date-based checks (meta.deadline, a later issue); undefined = the caller's clock. */
  readonly today: Date | undefined;
}

/** A check is a pure function of the context; it returns its findings in definition order. */
export type Check = (ctx: CheckContext) => readonly Finding[];

/** Shared empty result, so a passing check allocates nothing (runChecks runs per keystroke). */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
