import { writeFile } from 'node:fs/promises';
import { version } from '../../../package.json';
import { serializeReport } from '../../io/json/exportJson';
import { analyseUnits, consolidateUnits } from '../../io/review/reviewSet';
import { runChecks } from '../../report/checks';
import { consolidationProblemMessage, crossUnitMessage } from '../../report/aggregate/messages';
import { EXIT_OK, EXIT_UNUSABLE } from '../exitCodes';
import type { CliIo } from '../io';
import { readUnits } from './readUnits';

/**
 * `nianbao consolidate FILE… -o OUT.json [--name 名称]`: the sum of the reports as one report
 * file (the same code as the browser's 汇总). Nothing is written when a file cannot be read or
 * the set cannot be consolidated (exit 2, saying which and why).
 */
export async function consolidateCommand(
  options: { readonly files: readonly string[]; readonly out: string; readonly name?: string },
  io: CliIo,
): Promise<number> {
  const { units, failed } = await readUnits(options.files, io.today());
  if (failed.length > 0) {
    for (const f of failed) io.stderr(`${f.file} 无法读取：${f.reason}\n`);
    io.stderr('有文件无法读取，未汇总。\n');
    return EXIT_UNUSABLE;
  }
  const { cross } = analyseUnits(units);
  for (const f of cross.findings)
    if (f.code === 'duplicateAgency') io.stderr(`${crossUnitMessage(f)}\n`);
  const result = consolidateUnits(units, cross.superseded, options.name);
  if (!result.ok) {
    io.stderr(
      `无法汇总：${consolidationProblemMessage(result.problem, units[0]?.summary.format)}\n`,
    );
    return EXIT_UNUSABLE;
  }
  const { document, units: names, incomplete } = result.value;
  try {
    await writeFile(
      options.out,
      serializeReport(document, { exportedAt: io.today(), generator: `nianbao ${version}` }),
    );
  } catch {
    io.stderr(`无法写入 ${options.out}。\n`);
    return EXIT_UNUSABLE;
  }
  const errors = runChecks(document).filter((f) => f.severity === 'error' && f.status === 'fail');
  io.stdout(
    `已汇总 ${String(names.length)} 个单位的 ${String(document.year)} 年报告，写入 ${options.out}。\n` +
      (incomplete.length > 0
        ? `${String(incomplete.length)} 个单元格有单位未填写，汇总数只含已填写单位的数字。\n`
        : '') +
      (errors.length > 0
        ? `汇总报告有 ${String(errors.length)} 项错误（来自各单位的数字）。\n`
        : ''),
  );
  return EXIT_OK;
}
