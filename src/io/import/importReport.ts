import { adapterFor, type ImportOptions } from './adapters/registry';
import { ImportRefusal, importProblem } from './problemCodes';
import type { ExtractedReport, ImportProblem } from './types';

export type { ImportOptions } from './adapters/registry';

/** What reading a file gives: an extraction, or the one problem that refuses the file. */
export type ExtractOutcome =
  | { readonly ok: true; readonly extracted: ExtractedReport }
  | { readonly ok: false; readonly problem: ImportProblem };

/** Too little recognised to call it a report: no table row and fewer than two sections. */
function isReport(extracted: ExtractedReport): boolean {
  const cellsRead = extracted.cells.filter((c) => c.status === 'read').length;
  const sections = Object.keys(extracted.sections).length;
  return cellsRead > 0 || sections >= 2;
}

function refused(error: unknown): ExtractOutcome {
  if (error instanceof ImportRefusal) return { ok: false, problem: error.problem };
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, problem: importProblem('file.unexpected', 'error', { detail }) };
}

function outcome(extracted: ExtractedReport): ExtractOutcome {
  return isReport(extracted)
    ? { ok: true, extracted }
    : {
        ok: false,
        problem: importProblem('file.notReport', 'error', { kind: extracted.sourceKind }),
      };
}

/**
 * Reads a published report from a file's bytes (HTML, DOCX, PDF, text; the reader is chosen
 * by the name's ending, then by content). Never throws: a file that cannot be read at all
 * gives `ok: false` with the reason.
 */
export async function extractReport(
  bytes: Uint8Array,
  fileName?: string,
  options: ImportOptions = {},
): Promise<ExtractOutcome> {
  if (bytes.length === 0) return { ok: false, problem: importProblem('file.empty', 'error') };
  const adapter = adapterFor(bytes, fileName);
  if (adapter === null) {
    return {
      ok: false,
      problem: importProblem('file.unknownKind', 'error', { name: fileName ?? '' }),
    };
  }
  try {
    return outcome(await adapter.read(bytes, options));
  } catch (error) {
    return refused(error);
  }
}

/** A paste: the clipboard's text/html when there is one, else its text/plain. */
export async function extractPaste(paste: {
  readonly html?: string;
  readonly text?: string;
}): Promise<ExtractOutcome> {
  try {
    const { extractFromHtml, extractFromText } = await import('./adapters/readers');
    if (paste.html !== undefined && paste.html.trim() !== '')
      return outcome(extractFromHtml(paste.html));
    if (paste.text !== undefined && paste.text.trim() !== '')
      return outcome(extractFromText(paste.text));
    return { ok: false, problem: importProblem('file.empty', 'error') };
  } catch (error) {
    return refused(error);
  }
}
