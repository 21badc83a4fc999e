import { parseArgs } from 'node:util';

export type ReviewCommandLine =
  | { readonly command: 'summary'; readonly files: readonly string[]; readonly json: boolean }
  | {
      readonly command: 'consolidate';
      readonly files: readonly string[];
      readonly out: string;
      readonly name: string | undefined;
    }
  | { readonly command: 'usageError'; readonly message: string };

function parseSummary(args: readonly string[]): ReviewCommandLine {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) {
    return { command: 'usageError', message: 'summary 需要至少一个报告文件。' };
  }
  return { command: 'summary', files: positionals, json: values.json };
}

function parseConsolidate(args: readonly string[]): ReviewCommandLine {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { out: { type: 'string', short: 'o' }, name: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) {
    return { command: 'usageError', message: 'consolidate 需要至少一个报告文件。' };
  }
  if (values.out === undefined || values.out === '') {
    return {
      command: 'usageError',
      message: 'consolidate 需要用 -o 指定输出文件，如 -o 汇总.json。',
    };
  }
  return { command: 'consolidate', files: positionals, out: values.out, name: values.name };
}

/** `summary` and `consolidate`; null for any other command (the main parser handles it). */
export function parseReviewCommand(argv: readonly string[]): ReviewCommandLine | null {
  const [command, ...args] = argv;
  if (command !== 'summary' && command !== 'consolidate') return null;
  try {
    return command === 'summary' ? parseSummary(args) : parseConsolidate(args);
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    const option = /'([^'\s]+)/.exec(detail)?.[1];
    return {
      command: 'usageError',
      message: `命令行有误${option === undefined ? '' : `：${option}`}`,
    };
  }
}
