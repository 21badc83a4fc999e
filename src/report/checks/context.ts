import type { EditionDefinition } from '../definition/types';
import type { ReportDocument } from '../document';
import type { CheckId, Finding, Severity } from './types';
import type { CellValues } from './values';

/** What every check receives: the report, its edition, last year's report if known, the date. */
export interface CheckContext {
  readonly doc: ReportDocument;
  /** The definition of the document's edition (`definitionOf(doc.format)`). */
  readonly edition: EditionDefinition;
  /** The document's stored values by `CellSpec.index` (read once per run; see values.ts). */
  readonly values: CellValues;
  /** Last year's report (any edition); `null` when unknown. Each previous.* check decides if it fits. */
  readonly previous: ReportDocument | null;
  /** "Now" for date-based checks (meta.deadline); undefined = not judged. */
  readonly today: Date | undefined;
}

/** What a message may be built from: ids and numbers, never wording. */
export type MessageParam = string | number | null | readonly string[] | readonly number[];
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** A finding as a check returns it: the registry adds the check id, severity and message. */
export type RawFinding = Omit<Finding, 'check' | 'severity' | 'message'> & {
  /** What the message needs beyond `cells`, `expected` and `actual` (ids and numbers). */
  readonly params: MessageParams;
};

/**
 * One check of the catalogue. Adding a check is one file exporting such an entry and one line in
 * the registry (registry.ts).
 */
export interface CheckEntry {
  readonly id: CheckId;
  readonly severity: Severity;
  /** Whether the check applies to reports of an edition (usually: the edition declares its inputs). */
  readonly appliesTo: (edition: EditionDefinition) => boolean;
  /** The findings on one document, in definition order. Pure; runs on every keystroke. */
  readonly run: (ctx: CheckContext) => readonly RawFinding[];
  /** The Chinese message of a finding, from its ids and numbers and the edition's labels. */
  readonly describe: (finding: RawFinding, edition: EditionDefinition) => string;
}

/** Shared empty result, so a passing check allocates nothing (runChecks runs per keystroke). */
export const NO_FINDINGS: readonly RawFinding[] = Object.freeze([]);

/** A check that needs nothing from the edition applies to every edition. */
export const EVERY_EDITION = (): boolean => true;
