import type { RestoredDocument } from '../../report/document';
import type { SaveOutcome } from '../../storage/reportsRepository';
import type { ImportDecision } from './importDecision';
import type { PersistenceServices } from './services';

/**
 * Writes an imported report: as a new draft, or over an existing one — whose current content
 * is kept in its history first ("before every import"), and which is written with its stored
 * revision, so an editor open on it in another tab notices instead of overwriting; or as last
 * year's report of an existing one (that one is opened, linked to it).
 * Returns the id of the report to open.
 */
export async function importReport(
  services: PersistenceServices,
  doc: RestoredDocument,
  decision: ImportDecision,
): Promise<string> {
  if (decision.kind === 'new') return (await services.reports.create(doc)).id;
  if (decision.kind === 'lastYearOf') {
    const previous = await services.reports.create(doc);
    await services.reports.setPreviousReport(decision.reportId, previous.id);
    return decision.reportId;
  }
  const current = await services.reports.load(decision.reportId);
  if (current === undefined) return (await services.reports.create(doc)).id;
  if (current.document !== null)
    await services.revisions.snapshot(current.id, current.document, 'import');
  else
    await services.revisions.snapshotRaw(
      current.id,
      current.payload,
      'import',
      current.problems.length,
    );
  const outcome = await services.reports.save(current.id, doc, current.revision);
  if (outcome.kind === 'conflict') throw new Error('报告刚在另一个窗口中被修改，请重试。');
  if (outcome.kind === 'binned') throw new Error('这份报告刚在另一个窗口中被移到回收站。');
  return current.id;
}

/**
 * Renames a report (agency and title) from the drafts library. The state before is kept in
 * the history first, as before every change that is not typing, so the old name and title can
 * be found again.
 */
export async function renameReport(
  services: PersistenceServices,
  id: string,
  change: { readonly agency: string; readonly title: string | null },
): Promise<SaveOutcome> {
  const current = await services.reports.load(id);
  if (current?.document != null) await services.revisions.snapshot(id, current.document, 'rename');
  return services.reports.rename(id, change);
}
