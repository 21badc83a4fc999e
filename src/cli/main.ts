import { checkCommand } from './commands/check';
import { renderCommand } from './commands/render';
import { EXIT_OK, EXIT_UNUSABLE } from './exitCodes';
import { nodeIo, type CliIo } from './io';
import { parseCommandLine } from './parseCommandLine';
import { USAGE } from './usage';

/** Runs one command line and returns the exit status; all output goes through `io`. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // import, export and the review commands load their libraries (Word, Excel, PDF, zip) only
  // when they run: `check`, the common command, starts without them.
  if (argv[0] === 'import')
    return (await import('./commands/import')).importCommand(argv.slice(1), io);
  if (argv[0] === 'export')
    return (await import('./commands/export')).exportCommand(argv.slice(1), io);
  if (argv[0] === 'summary' || argv[0] === 'consolidate') {
    const review = (await import('./review')).runReviewCommand(argv, io);
    if (review !== null) return review;
  }
  const line = parseCommandLine(argv);
  switch (line.command) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_OK;
    case 'usageError':
      io.stderr(`${line.message}\n\n${USAGE}`);
      return EXIT_UNUSABLE;
    case 'check':
      return checkCommand(line, io);
    case 'render':
      return renderCommand(line.file, io);
  }
}

/** Entry point of `bin/nianbao.mjs`. */
export async function main(): Promise<void> {
  const io = nodeIo();
  try {
    process.exitCode = await runCli(process.argv.slice(2), io);
  } catch (error: unknown) {
    // A bug, not a bad file; still exit 2 so scripts never read it as "findings" (1).
    io.stderr(
      `内部错误：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = EXIT_UNUSABLE;
  }
}
