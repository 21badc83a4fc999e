import { readCell } from '../cells';
import { isAcknowledged } from '../checks';
import { deadlineOf } from '../checks/deadline';
import type { CheckId, Finding } from '../checks/types';
import { keyFiguresOf, type KeyFigureRole } from '../definition/keyFigures';
import type { Format } from '../definition/types';
import type { AgencyLevel, ReportDocument } from '../document';

/** 按时 / 逾期发布 / 未填发布日期（期限未到）/ 未填发布日期且已过期限. */
export type Timeliness = 'onTime' | 'late' | 'pending' | 'overdue';

/** One row of the review table: who, which year, how the checks went, its key figures. */
export interface UnitSummary {
  readonly file: string;
  readonly agency: string;
  readonly agencyLevel: AgencyLevel | null;
  readonly year: number;
  readonly format: Format;
  readonly publicationDate: string | null;
  /** Statutory deadline `YYYY-MM-DD` (1月31日, 3月31日 for a government's own report). */
  readonly deadline: string;
  readonly timeliness: Timeliness;
  /** When the file was written (`exportedAt`), used to tell which of two copies wins. */
  readonly exportedAt: string | null;
  /** Errors that fail (not-assessable ones are counted in `notAssessable`). */
  readonly errors: number;
  /** Warnings that fail and were not acknowledged. */
  readonly warnings: number;
  readonly acknowledged: number;
  /** 待填写: relations that cannot be assessed because an input is blank. */
  readonly notAssessable: number;
  /** Problems restore reported while reading the file (kept values, dropped keys …). */
  readonly importProblems: number;
  /** Ids of the errors and unacknowledged warnings, each once, in catalogue order. */
  readonly checkIds: readonly CheckId[];
  readonly keyFigures: Readonly<Record<KeyFigureRole, number | null>>;
}

const iso = (d: { y: number; m: number; d: number }) =>
  `${String(d.y)}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

function timelinessOf(publicationDate: string | null, deadline: string, today: Date): Timeliness {
  if (publicationDate !== null) return publicationDate > deadline ? 'late' : 'onTime';
  const todayIso = iso({ y: today.getFullYear(), m: today.getMonth() + 1, d: today.getDate() });
  return todayIso > deadline ? 'overdue' : 'pending';
}

/** A key figure: the sum of its cells as stored; blank when every cell is blank. */
function keyFigures(doc: ReportDocument): Record<KeyFigureRole, number | null> {
  const out = {} as Record<KeyFigureRole, number | null>;
  for (const k of keyFiguresOf(doc.format)) {
    let sum: number | null = null;
    for (const ref of k.cells) {
      const v = readCell(doc, ref);
      if (typeof v === 'number' && Number.isFinite(v)) sum = (sum ?? 0) + v;
    }
    out[k.role] = sum;
  }
  return out;
}

export interface SummaryInput {
  readonly file: string;
  readonly doc: ReportDocument;
  readonly findings: readonly Finding[];
  readonly exportedAt?: string | null;
  readonly importProblems?: number;
  readonly today: Date;
}

export function summarizeUnit(input: SummaryInput): UnitSummary {
  const { doc, findings } = input;
  let errors = 0;
  let warnings = 0;
  let acknowledged = 0;
  let notAssessable = 0;
  const ids = new Set<CheckId>();
  for (const f of findings) {
    if (f.status === 'not-assessable') {
      notAssessable++;
    } else if (f.severity !== 'error' && isAcknowledged(f, doc)) {
      acknowledged++;
    } else if (f.severity === 'error') {
      errors++;
      ids.add(f.check);
    } else if (f.severity === 'warning') {
      warnings++;
      ids.add(f.check);
    }
  }
  const deadline = iso(deadlineOf(doc.year, doc.agencyLevel));
  return {
    file: input.file,
    agency: doc.agency,
    agencyLevel: doc.agencyLevel,
    year: doc.year,
    format: doc.format,
    publicationDate: doc.publicationDate,
    deadline,
    timeliness: timelinessOf(doc.publicationDate, deadline, input.today),
    exportedAt: input.exportedAt ?? null,
    errors,
    warnings,
    acknowledged,
    notAssessable,
    importProblems: input.importProblems ?? 0,
    checkIds: findings
      .map((f) => f.check)
      .filter((id, i, all) => ids.has(id) && all.indexOf(id) === i),
    keyFigures: keyFigures(doc),
  };
}

/** The same agency however it was typed: spaces and full-width spaces do not make a new unit. */
export function agencyKey(agency: string): string {
  return agency.replace(/[\s\u3000]/g, '');
}
