import { runChecks } from '../../report/checks';
import type { RestoredDocument } from '../../report/document';
import { exitCodeOf, outcomeOf, type CheckedFile } from '../checkResult';
import { EXIT_UNUSABLE } from '../exitCodes';
import { formatCheckedFile, formatProblem } from '../format';
import { splitInvalidValues } from '../../report/restore/invalidValueFindings';
import type { CliIo } from '../io';
import { checkResultsToJson } from '../jsonOutput';
import { loadReport } from '../loadReport';
import { mapInOrder } from '../mapInOrder';

/** Files read at once by `check` with many files. */
const READ_CONCURRENCY = 32;

export interface CheckOptions {
  readonly files: readonly string[];
  readonly json: boolean;
  /** Last year's report, for the continuity checks (`previous.*`). */
  readonly previous: string | undefined;
}

async function checkFile(
  file: string,
  previous: RestoredDocument | undefined,
  io: CliIo,
): Promise<CheckedFile> {
  const loaded = await loadReport(file, io);
  if (loaded.kind === 'unreadable') {
    return {
      file,
      outcome: 'unreadable',
      readError: loaded.reason,
      format: null,
      problems: [],
      findings: [],
    };
  }
  const { document } = loaded;
  if (document === null) {
    const { problems } = loaded;
    return { file, outcome: 'refused', readError: null, format: null, problems, findings: [] };
  }
  const { problems, findings: invalidValues } = splitInvalidValues(
    loaded.problems,
    document.format,
  );
  // Invalid values first: they are the catalogue's first check (cell.invalid).
  const findings = [...invalidValues, ...runChecks(document, { previous, today: io.today() })];
  return {
    file,
    outcome: outcomeOf(problems, findings),
    readError: null,
    format: document.format,
    problems,
    findings,
  };
}

/**
 * Last year's report. If it cannot be used the continuity checks would silently not run,
 * so the command stops instead (exit 2) and says why.
 */
async function loadPrevious(file: string, io: CliIo): Promise<RestoredDocument | null> {
  const loaded = await loadReport(file, io);
  if (loaded.kind === 'unreadable') {
    io.stderr(`上年度报告 ${file} 无法读取：${loaded.reason}\n`);
    return null;
  }
  if (loaded.document === null) {
    io.stderr(`上年度报告 ${file} 被拒绝：\n`);
  } else if (loaded.problems.length > 0) {
    io.stderr(`上年度报告 ${file} 导入时的问题：\n`);
  }
  const format = loaded.document?.format ?? null;
  for (const p of loaded.problems) io.stderr(`  ${formatProblem(p, format)}\n`);
  return loaded.document;
}

export async function checkCommand(options: CheckOptions, io: CliIo): Promise<number> {
  let previous: RestoredDocument | undefined;
  if (options.previous !== undefined) {
    const loaded = await loadPrevious(options.previous, io);
    if (loaded === null) return EXIT_UNUSABLE;
    previous = loaded;
  }
  // Files are read side by side (output keeps the command line's order).
  const results = await mapInOrder(options.files, READ_CONCURRENCY, (file) =>
    checkFile(file, previous, io),
  );
  io.stdout(options.json ? checkResultsToJson(results) : results.map(formatCheckedFile).join('\n'));
  return exitCodeOf(results);
}
