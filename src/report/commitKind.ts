/**
 * What kind of change an undoable step (and the revision snapshot taken before it) was. The
 * editor names the kind when it commits; storage decides on kinds (which changes get a
 * snapshot) and never on the wording shown to the user, which lives in the UI.
 */
export const COMMIT_KINDS = [
  /** Typing in a cell, field or text section. */
  'edit',
  /** Delete on a cell. */
  'clear',
  'paste',
  /** 填零 and other "fill these cells" actions. */
  'fill',
  /** A file read over the open report. */
  'import',
  /** Text or values taken over from last year's report. */
  'carry-over',
  /** The agency name or the title changed from the drafts library. */
  'rename',
  /** An older revision put back. */
  'restore',
  'edition-switch',
  /** A warning accepted with a reason, or the acceptance taken back. */
  'acknowledge',
  /** The optional table added or removed. */
  'table-toggle',
] as const;

export type CommitKind = (typeof COMMIT_KINDS)[number];

export function isCommitKind(value: unknown): value is CommitKind {
  return (COMMIT_KINDS as readonly unknown[]).includes(value);
}
