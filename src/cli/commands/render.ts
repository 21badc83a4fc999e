import { renderReportHtml } from '../../io/html/renderReport';
import { EXIT_OK, EXIT_UNUSABLE } from '../exitCodes';
import { formatProblem } from '../format';
import type { CliIo } from '../io';
import { loadReport } from '../loadReport';

/**
 * Writes the printable HTML of one report to stdout. Restore problems go to stderr so that
 * `nianbao render a.json > a.html` leaves a clean HTML file and still shows what was wrong.
 */
export async function renderCommand(file: string, io: CliIo): Promise<number> {
  const loaded = await loadReport(file, io);
  if (loaded.kind === 'unreadable') {
    io.stderr(`${file} 无法读取：${loaded.reason}\n`);
    return EXIT_UNUSABLE;
  }
  const format = loaded.document?.format ?? null;
  for (const p of loaded.problems) io.stderr(`${file}：${formatProblem(p, format)}\n`);
  if (loaded.document === null) {
    io.stderr(`${file} 被拒绝，未生成 HTML。\n`);
    return EXIT_UNUSABLE;
  }
  io.stdout(renderReportHtml(loaded.document));
  return EXIT_OK;
}
