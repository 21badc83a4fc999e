import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildImportedReport } from '../../io/import/buildImportedReport';
import { importProblemMessage } from '../../io/import/importProblemMessages';
import { extractReport } from '../../io/import/importReport';
import type { ExtractedReport, ImportProblem } from '../../io/import/types';
import { toFileObject } from '../../io/json/exportJson';
import { definitionOf, PREFACE_NAME } from '../../report/definition/editions';
import type { Format } from '../../report/definition/types';
import { titleOf, type RestoredDocument } from '../../report/document';
import { EXIT_OK, EXIT_UNUSABLE } from '../exitCodes';
import type { CliIo } from '../io';

/**
 * `nianbao import FILE [--json]`: reads a published report (HTML, DOCX, PDF, text) and prints
 * the report it holds — the contract JSON with --json, a readable summary otherwise — with
 * every import problem on stderr. Exit 0 when a report was produced, even with cells not
 * found; 2 when the file could not be read at all.
 */

const SEVERITY: Readonly<Record<ImportProblem['severity'], string>> = {
  error: '错误',
  warning: '警告',
  notice: '说明',
};

const IMPORT_USAGE = '用法：nianbao import [--json] 文件（.html/.htm/.docx/.pdf/.txt）\n';

/** Where pdf.js keeps its CMaps, for PDFs with CID fonts (read from disk, never fetched). */
function cMapDirectory(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps')}/`;
  } catch {
    return undefined;
  }
}

function parse(args: readonly string[]): { file: string; json: boolean } | string {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { json: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
    const [file, ...rest] = positionals;
    if (file === undefined || rest.length > 0) return 'import 需要且只需要一个文件。';
    return { file, json: values.json };
  } catch (error) {
    return `命令行有误（${error instanceof Error ? error.message : String(error)}）`;
  }
}

function counts(extracted: ExtractedReport): Record<'read' | 'inferred' | 'notFound', number> {
  const result = { read: 0, inferred: 0, notFound: 0 };
  for (const cell of extracted.cells) result[cell.status] += 1;
  return result;
}

function summary(doc: RestoredDocument, extracted: ExtractedReport): string {
  const def = definitionOf(doc.format);
  const c = counts(extracted);
  const sectionLines = Object.values(def.sections).map((s) => {
    const text = doc.sections[s.key];
    return `  ${s.heading}：${text === '' ? '（空）' : `${String(text.length)} 字`}`;
  });
  return [
    `标题：${titleOf(doc)}`,
    `机关：${doc.agency === '' ? '（未识别）' : doc.agency}`,
    `年度：${String(doc.year)}`,
    `格式：${doc.format} 年版（${def.notice}）`,
    `${PREFACE_NAME}：${doc.preface === '' ? '（空）' : `${String(doc.preface.length)} 字`}`,
    '正文：',
    ...sectionLines,
    `表格单元格：读取 ${String(c.read)} 个，推断 ${String(c.inferred)} 个，未找到 ${String(c.notFound)} 个`,
    `公开及回应解读情况统计表：${extracted.hasDisclosureStats ? '有' : '无'}`,
    '',
  ].join('\n');
}

function printProblems(
  io: CliIo,
  file: string,
  problems: readonly ImportProblem[],
  format: Format | null,
): void {
  for (const p of problems) {
    io.stderr(`${file}：[${SEVERITY[p.severity]}] ${importProblemMessage(p, format)}\n`);
  }
}

export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${IMPORT_USAGE}`);
    return EXIT_UNUSABLE;
  }
  const { file, json } = parsed;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    io.stderr(`${file} 无法读取：${code === 'ENOENT' ? '文件不存在' : '无法打开文件'}\n`);
    return EXIT_UNUSABLE;
  }
  const cMapUrl = cMapDirectory();
  const outcome = await extractReport(
    bytes,
    file,
    cMapUrl === undefined ? {} : { pdf: { cMapUrl } },
  );
  if (!outcome.ok) {
    io.stderr(`${file} 无法导入：${importProblemMessage(outcome.problem, null)}\n`);
    return EXIT_UNUSABLE;
  }
  const imported = buildImportedReport(outcome.extracted);
  const format = imported.document?.format ?? outcome.extracted.format;
  printProblems(io, file, imported.problems, format);
  if (imported.document === null) {
    io.stderr(`${file} 无法生成报告（缺少报告年度等必要信息）。\n`);
    return EXIT_UNUSABLE;
  }
  if (json) {
    const fileObject = toFileObject(imported.document, {
      exportedAt: io.today(),
      generator: 'nianbao import',
    });
    io.stdout(`${JSON.stringify(fileObject, null, 2)}\n`);
  } else {
    io.stdout(summary(imported.document, imported.extracted));
  }
  return EXIT_OK;
}
