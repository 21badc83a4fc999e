/** Many reports at once: consolidation, unit summaries, cross-unit checks (pure, streaming-friendly). */
export { consolidate, CONSOLIDATION_KEY } from './consolidate';
export type {
  CellContribution,
  Consolidation,
  ConsolidationResult,
  ConsolidationUnit,
} from './consolidate';
export { crossUnitChecks, SIMILAR } from './crossUnit';
export type { CrossUnitFinding, CrossUnitResult, UnitEntry } from './crossUnit';
export { sectionSignatures } from './fingerprint';
export type { SectionSignatures } from './fingerprint';
export { consolidationProblemMessage, crossUnitMessage, unitList } from './messages';
export type { ConsolidationProblem } from './problems';
export { agencyKey, summarizeUnit } from './unitSummary';
export type { Timeliness, UnitSummary } from './unitSummary';
export { inputCells, unitVector } from './unitVector';
export type { UnitVector } from './unitVector';
export { hasNotableChange, NOTABLE_CHANGE, yearChanges } from './yearChange';
export type { YearChange } from './yearChange';
