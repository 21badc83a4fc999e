import { isAcknowledged } from '../../report/checks';
import type { Finding, Severity } from '../../report/checks/types';
import type { Acknowledgement, ReportDocument } from '../../report/document';
import { partKeyOf, type EditorPart, type PartKey } from '../state/parts';

export interface AcknowledgedFinding {
  readonly finding: Finding;
  readonly acknowledgement: Acknowledgement;
}

/** The findings of one part of the report, sorted into what the check list shows apart. */
export interface PartFindings {
  readonly part: PartKey;
  readonly heading: string;
  /** Failures to act on: errors, then warnings, then notes (each in catalogue order). */
  readonly issues: readonly Finding[];
  /** Relations that cannot be judged until blank cells are filled in (待填写). */
  readonly pending: readonly Finding[];
  /** `table.blankCells`: one compact line per table. */
  readonly blankCells: readonly Finding[];
  /** Warnings the user accepted, with the acknowledgement that covers each. */
  readonly acknowledged: readonly AcknowledgedFinding[];
  readonly errorCount: number;
  readonly warningCount: number;
}

export interface FindingSummary {
  /** Parts in print order; parts without any finding are left out. */
  readonly parts: readonly PartFindings[];
  readonly counts: {
    readonly error: number;
    readonly warning: number;
    readonly info: number;
    /** Not-assessable findings (待填写). */
    readonly pending: number;
    /** Blank input cells over all tables. */
    readonly blankCells: number;
    readonly acknowledged: number;
  };
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The acknowledgement that covers a finding (warnings only: errors cannot be accepted away). */
export function acknowledgementOf(
  f: Finding,
  acknowledged: readonly Acknowledgement[],
): Acknowledgement | undefined {
  if (f.severity !== 'warning') return undefined;
  return acknowledged.find((a) => isAcknowledged(f, { acknowledged: [a] }));
}

interface MutablePart {
  issues: Finding[];
  pending: Finding[];
  blankCells: Finding[];
  acknowledged: AcknowledgedFinding[];
}

/**
 * A narrative section with nothing written yet is 待填写, like a blank cell — not a warning to
 * accept with 确认无误 — and so is what the check says about its missing contents meanwhile
 * (六 not mentioning 信息处理费 while 六 is empty). An acknowledgement stored by an older version
 * still files such a finding under 已确认.
 */
function waitsForText(f: Finding, emptyParts: ReadonlySet<Finding['part']>): boolean {
  return f.check.startsWith('section.') && emptyParts.has(f.part);
}

/**
 * Sorts findings for the check list and the navigation badges: by part in print order, failures
 * apart from 待填写 (not assessable, empty sections), blank-cell counts apart, accepted warnings
 * apart.
 */
export function groupFindings(
  findings: readonly Finding[],
  doc: Pick<ReportDocument, 'acknowledged'>,
  parts: readonly EditorPart[],
): FindingSummary {
  const byPart = new Map<PartKey, MutablePart>();
  const bucket = (key: PartKey): MutablePart => {
    let entry = byPart.get(key);
    if (entry === undefined) {
      entry = { issues: [], pending: [], blankCells: [], acknowledged: [] };
      byPart.set(key, entry);
    }
    return entry;
  };
  const emptyParts = new Set(
    findings.filter((f) => f.check === 'section.empty').map((f) => f.part),
  );
  for (const f of findings) {
    const entry = bucket(partKeyOf(f.part));
    const acknowledgement = acknowledgementOf(f, doc.acknowledged);
    if (f.check === 'table.blankCells') entry.blankCells.push(f);
    else if (f.status === 'not-assessable') entry.pending.push(f);
    else if (acknowledgement !== undefined)
      entry.acknowledged.push({ finding: f, acknowledgement });
    else if (waitsForText(f, emptyParts)) entry.pending.push(f);
    else entry.issues.push(f);
  }
  const counts = { error: 0, warning: 0, info: 0, pending: 0, blankCells: 0, acknowledged: 0 };
  const out: PartFindings[] = [];
  for (const part of parts) {
    const entry = byPart.get(part.key);
    if (entry === undefined) continue;
    const issues = [...entry.issues].sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    );
    const errorCount = issues.filter((f) => f.severity === 'error').length;
    const warningCount = issues.filter((f) => f.severity === 'warning').length;
    counts.error += errorCount;
    counts.warning += warningCount;
    counts.info += issues.length - errorCount - warningCount;
    counts.pending += entry.pending.length;
    counts.blankCells += entry.blankCells.reduce((n, f) => n + f.cells.length, 0);
    counts.acknowledged += entry.acknowledged.length;
    out.push({
      part: part.key,
      heading: part.heading,
      issues,
      pending: entry.pending,
      blankCells: entry.blankCells,
      acknowledged: entry.acknowledged,
      errorCount,
      warningCount,
    });
  }
  return { parts: out, counts };
}
