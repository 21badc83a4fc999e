import { analyseUnits } from '../../io/review/reviewSet';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE } from '../exitCodes';
import type { CliIo } from '../io';
import { readUnits } from './readUnits';
import { summaryJson, summaryText } from './summaryOutput';

/**
 * `nianbao summary FILE… [--json]`: one row per report, then findings across them. Exit 2 when
 * a file could not be read, else 1 when a report has a failing error (as `check`), else 0.
 */
export async function summaryCommand(
  options: { readonly files: readonly string[]; readonly json: boolean },
  io: CliIo,
): Promise<number> {
  const { units, failed } = await readUnits(options.files, io.today());
  const analysis = analyseUnits(units);
  io.stdout(
    options.json ? summaryJson(units, failed, analysis) : summaryText(units, failed, analysis),
  );
  if (failed.length > 0) {
    if (options.json) for (const f of failed) io.stderr(`${f.file} 无法读取：${f.reason}\n`);
    return EXIT_UNUSABLE;
  }
  return units.some((u) => u.summary.errors > 0) ? EXIT_FINDINGS : EXIT_OK;
}
