import { CURRENT_FILE_VERSION } from './fileShape';
import { jsonErrorPosition } from './jsonErrorPosition';
import { MIGRATIONS } from './migrations';
import { makeProblem } from './problems';
import { restoreFile, type RestoreResult } from './restoreFile';

export type { RestoreResult } from './restoreFile';

function unexpected(error: unknown): RestoreResult {
  let detail = '';
  try {
    detail = error instanceof Error ? error.message : String(error);
  } catch {
    // An exotic thrown value; the code alone says enough.
  }
  return { document: null, problems: [makeProblem('file.unexpected', 'error', [], { detail })] };
}

/**
 * The one door for outside data (an imported file, an old stored row): never throws. Returns
 * the restored report with a list of isolated problems, or `document: null` with the error
 * that refuses the whole file.
 */
export function restore(input: unknown): RestoreResult {
  try {
    return restoreFile(input, MIGRATIONS, CURRENT_FILE_VERSION);
  } catch (error) {
    // Restore reads a safe copy and should not throw; this keeps the promise if a bug slips in.
    return unexpected(error);
  }
}

/** A file's text: JSON first (a byte-order mark from Windows editors is ignored), then restore. */
export function restoreText(text: string): RestoreResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    const position = jsonErrorPosition(source, error);
    const params: Record<string, string | number> =
      position !== null
        ? { line: position.line, column: position.column }
        : { detail: error instanceof Error ? error.message : '' };
    return { document: null, problems: [makeProblem('file.notJson', 'error', [], params)] };
  }
  return restore(parsed);
}
