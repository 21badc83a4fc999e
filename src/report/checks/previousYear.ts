import type { ReportDocument } from '../document';
import type { CheckContext } from './context';

/**
 * Continuity with last year's report. Each previous.* check runs only when `previous` is the
 * report of the year just before; a gap of years or a later report has no arithmetic link. The
 * finding lists only this year's cells: last year's cells live in another document.
 */
export function lastYear(ctx: CheckContext): ReportDocument | null {
  const { previous } = ctx;
  return previous !== null && previous.year === ctx.doc.year - 1 ? previous : null;
}

/** Last year's report when it is of the same edition (a column's meaning is that edition's). */
export function lastYearSameEdition(ctx: CheckContext): ReportDocument | null {
  const previous = lastYear(ctx);
  return previous !== null && previous.format === ctx.doc.format ? previous : null;
}
