import type { Format } from '../../report/definition/types';
import type { RestoredDocument } from '../../report/document';
import { problemMessage } from '../../report/restore/problemMessages';
import type { Problem, ProblemSeverity } from '../../report/restore/problems';
import { restoreText, type RestoreResult } from '../../report/restore/restore';
import { restoreBytes } from '../../report/restore/restoreBytes';
import type { ImportDecision } from '../services/importDecision';

/**
 * What the import dialog decides, as pure functions: which problems to show, whether the file
 * is refused, and which choices the user gets. The dialog only displays this; the caller
 * (drafts library, editor) does the writing.
 */

/** A stored report as the caller knows it (a drafts-library line fits as is). */
export interface ExistingReport {
  readonly id: string;
  readonly agency: string;
  /** `null` for a stored row too damaged to tell; it never matches. */
  readonly year: number | null;
  /** Milliseconds since the epoch. */
  readonly updatedAt: number;
  /** Shown to tell several matches apart; derived from agency and year when absent. */
  readonly title?: string;
}

export type { ImportDecision };

/** One problem as the dialog lists it: how serious, and the sentence in the form's words. */
export interface ProblemLine {
  readonly severity: ProblemSeverity;
  readonly severityText: string;
  /** Names the place (表三「…」行「…」列, 机关名称 …) and what was found and done. */
  readonly message: string;
}

export type ImportReview =
  /** The whole file is refused: nothing can be imported; the lines say why. */
  | { readonly kind: 'refused'; readonly problems: readonly ProblemLine[] }
  | {
      readonly kind: 'ready';
      readonly document: RestoredDocument;
      /** Every problem, in file order, shown before anything changes. */
      readonly problems: readonly ProblemLine[];
      /** Stored reports of the same agency and year, most recently changed first. */
      readonly matches: readonly ExistingReport[];
      /** `new` first, then one `replace` per match. */
      readonly choices: readonly ImportDecision[];
    };

/** How serious a problem is, in the problem list's words (restore's and the importer's alike). */
export const SEVERITY_TEXT: Readonly<Record<ProblemSeverity, string>> = {
  error: '错误',
  warning: '警告',
  notice: '说明',
};

/**
 * The largest file imported: 1 MiB, fifty times a real report (the seed is ~20 KB, a long one
 * ~60 KB), and still an editor that keeps up with typing. The limit is set by speed, not by
 * memory: a file of 4.6 MB (a narrative of about 1.5 million characters) took seconds to open
 * and about 2 s per keystroke, while the narrative figures in docs/performance.md (100,000
 * characters) stay close to a plain textarea. Refused before the file is read.
 */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export function problemLine(problem: Problem, format?: Format): ProblemLine {
  return {
    severity: problem.severity,
    severityText: SEVERITY_TEXT[problem.severity],
    message: problemMessage(problem, format),
  };
}

/** Agency names are compared without surrounding spaces: a trailing space is not another agency. */
export function isSameReport(
  doc: Pick<RestoredDocument, 'agency' | 'year'>,
  existing: ExistingReport,
): boolean {
  return existing.year === doc.year && existing.agency.trim() === doc.agency.trim();
}

export function matchingReports(
  doc: Pick<RestoredDocument, 'agency' | 'year'>,
  existing: readonly ExistingReport[],
): ExistingReport[] {
  // An agency left blank says nothing about which report this is: never offer to replace.
  if (doc.agency.trim() === '') return [];
  return existing.filter((r) => isSameReport(doc, r)).sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Reads a file's text and decides what the dialog shows. Never throws. */
export function reviewImport(text: string, existing: readonly ExistingReport[]): ImportReview {
  return reviewRestored(restoreText(text), existing);
}

/**
 * Reads a file's bytes (UTF-8, or GB18030 with a notice naming it) and decides what the
 * dialog shows. Never throws.
 */
export function reviewImportBytes(
  bytes: Uint8Array,
  existing: readonly ExistingReport[],
): ImportReview {
  return reviewRestored(restoreBytes(bytes), existing);
}

function reviewRestored(
  { document, problems }: RestoreResult,
  existing: readonly ExistingReport[],
): ImportReview {
  const lines = problems.map((p) => problemLine(p, document?.format));
  if (document === null) return { kind: 'refused', problems: lines };
  const matches = matchingReports(document, existing);
  return {
    kind: 'ready',
    document,
    problems: lines,
    matches,
    choices: [
      { kind: 'new' },
      ...matches.map((m): ImportDecision => ({ kind: 'replace', reportId: m.id })),
    ],
  };
}

/** A file refused before it is read (too large): the same shape as a restore refusal. */
export function reviewFileSize(size: number): ImportReview | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  const mb = (size / 1024 / 1024).toFixed(1);
  return {
    kind: 'refused',
    problems: [
      {
        severity: 'error',
        severityText: SEVERITY_TEXT.error,
        message:
          `文件过大（${mb} MB），无法导入。年报文件通常只有几十 KB；超过 ` +
          `${String(MAX_IMPORT_BYTES / 1024 / 1024)} MB 的文件（正文约 30 万字以上）会让编辑和保存明显变慢。` +
          '请确认选择的是年报的 JSON 文件；如正文中粘贴了大量无关内容，请删去后再导入。',
      },
    ],
  };
}

/** `共 3 个问题：警告 2 个，说明 1 个` — the count by severity, most serious first. */
export function problemSummary(problems: readonly ProblemLine[]): string {
  if (problems.length === 0) return '未发现问题。';
  const order: readonly ProblemSeverity[] = ['error', 'warning', 'notice'];
  const parts = order
    .map((s) => [SEVERITY_TEXT[s], problems.filter((p) => p.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([text, n]) => `${text} ${String(n)} 个`);
  return `共 ${String(problems.length)} 个问题：${parts.join('，')}`;
}
