import { parseArgs } from 'node:util';

/** What the user asked for, after parsing; `usageError` is a Chinese message for stderr. */
export type CommandLine =
  | { readonly command: 'help' }
  | {
      readonly command: 'check';
      readonly files: readonly string[];
      readonly json: boolean;
      readonly previous: string | undefined;
    }
  | { readonly command: 'render'; readonly file: string }
  | { readonly command: 'usageError'; readonly message: string };

const HELP_WORDS: ReadonlySet<string> = new Set(['help', '--help', '-h']);

// parseArgs reports in English; the user reads Chinese. Its message quotes the option.
const PARSE_ERRORS: Readonly<Record<string, string>> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: '未知选项',
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: '选项缺少取值或取值有误',
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: '多余的参数',
};

function parseErrorMessage(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const detail = error instanceof Error ? error.message : String(error);
  const quoted = /'([^'\s]+)/.exec(detail)?.[1];
  const label = PARSE_ERRORS[code];
  if (label === undefined) return `命令行有误（${detail}）`;
  return quoted === undefined ? label : `${label}：${quoted}`;
}

function parseCheck(args: readonly string[]): CommandLine {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      json: { type: 'boolean', default: false },
      previous: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return { command: 'help' };
  if (positionals.length === 0) {
    return { command: 'usageError', message: 'check 需要至少一个报告文件。' };
  }
  return { command: 'check', files: positionals, json: values.json, previous: values.previous };
}

function parseRender(args: readonly string[]): CommandLine {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return { command: 'help' };
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0) {
    return { command: 'usageError', message: 'render 需要且只需要一个报告文件。' };
  }
  return { command: 'render', file };
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [command, ...args] = argv;
  if (command === undefined) return { command: 'usageError', message: '请指定命令。' };
  if (HELP_WORDS.has(command)) return { command: 'help' };
  try {
    if (command === 'check') return parseCheck(args);
    if (command === 'render') return parseRender(args);
  } catch (error: unknown) {
    return { command: 'usageError', message: parseErrorMessage(error) };
  }
  return { command: 'usageError', message: `未知命令：${command}` };
}
