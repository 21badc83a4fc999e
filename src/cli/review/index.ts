import { EXIT_UNUSABLE } from '../exitCodes';
import type { CliIo } from '../io';
import { USAGE } from '../usage';
import { consolidateCommand } from './consolidateCommand';
import { parseReviewCommand } from './parseReviewCommand';
import { summaryCommand } from './summaryCommand';

/** `summary` and `consolidate` (the 主管部门's review); null when argv is another command. */
export function runReviewCommand(argv: readonly string[], io: CliIo): Promise<number> | null {
  const line = parseReviewCommand(argv);
  if (line === null) return null;
  switch (line.command) {
    case 'usageError':
      io.stderr(`${line.message}\n\n${USAGE}`);
      return Promise.resolve(EXIT_UNUSABLE);
    case 'summary':
      return summaryCommand(line, io);
    case 'consolidate':
      return consolidateCommand(line, io);
  }
}
