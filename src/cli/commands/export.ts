import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { version } from '../../../package.json';
import { exportOffice, OFFICE_FORMATS, type OfficeFormat } from '../../io/export/officeExport';
import { EXIT_OK, EXIT_UNUSABLE } from '../exitCodes';
import { formatProblem } from '../format';
import type { CliIo } from '../io';
import { loadReport } from '../loadReport';

export const EXPORT_USAGE = `用法：
  nianbao export 报告.json --to docx|xlsx|fragment|package [-o 输出文件]

把年度报告导出为 Word（docx）、Excel 表格（xlsx）、门户网站用的 HTML 片段（fragment）
或报送包（package，含 JSON、Word、Excel、可打印 HTML 和检查结果）。与网页版导出的文件
逐字节相同。不指定 -o 时，写到当前文件夹，文件名与网页版相同。
设置环境变量 SOURCE_DATE_EPOCH（秒）可固定文件中记录的导出时间。
`;

/** Written into the files as `generator`, as the app does (src/io/generator.ts). */
const GENERATOR = `nianbao ${version}`;

const isOfficeFormat = (value: string): value is OfficeFormat =>
  (OFFICE_FORMATS as readonly string[]).includes(value);

type Parsed =
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string }
  | {
      readonly kind: 'run';
      readonly file: string;
      readonly to: OfficeFormat;
      readonly out?: string;
    };

function parse(argv: readonly string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        to: { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'error', message: `命令行有误（${detail}）` };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0) {
    return { kind: 'error', message: 'export 需要且只需要一个报告文件。' };
  }
  if (values.to === undefined || !isOfficeFormat(values.to)) {
    return { kind: 'error', message: `--to 须为 ${OFFICE_FORMATS.join('、')} 之一。` };
  }
  return {
    kind: 'run',
    file,
    to: values.to,
    ...(values.output === undefined ? {} : { out: values.output }),
  };
}

/** The export time: SOURCE_DATE_EPOCH (reproducible builds' convention) or now. */
function exportTime(io: CliIo): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : io.today();
}

/**
 * `nianbao export FILE.json --to docx|xlsx|fragment|package [-o OUT]`: the same exportOffice as
 * the app's export menu, so the file is byte for byte what the app would offer.
 */
export async function exportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const line = parse(argv);
  if (line.kind === 'help') {
    io.stdout(EXPORT_USAGE);
    return EXIT_OK;
  }
  if (line.kind === 'error') {
    io.stderr(`${line.message}\n\n${EXPORT_USAGE}`);
    return EXIT_UNUSABLE;
  }
  const loaded = await loadReport(line.file, io);
  if (loaded.kind === 'unreadable') {
    io.stderr(`${line.file} 无法读取：${loaded.reason}\n`);
    return EXIT_UNUSABLE;
  }
  const format = loaded.document?.format ?? null;
  for (const p of loaded.problems) io.stderr(`${line.file}：${formatProblem(p, format)}\n`);
  if (loaded.document === null) {
    io.stderr(`${line.file} 被拒绝，未导出。\n`);
    return EXIT_UNUSABLE;
  }
  const file = await exportOffice(loaded.document, line.to, {
    exportedAt: exportTime(io),
    generator: GENERATOR,
  });
  const out = line.out ?? file.name;
  try {
    await writeFile(out, file.bytes);
  } catch (error: unknown) {
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    io.stderr(`无法写入 ${out}${code === '' ? '' : `（${code}）`}\n`);
    return EXIT_UNUSABLE;
  }
  io.stdout(`已导出 ${out}\n`);
  return EXIT_OK;
}
