import type { RestoredDocument } from '../../report/document';
import type { ImportDecision } from '../exchange/importFlow';
import type { PersistenceServices } from '../persistence/services';

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
    await services.revisions.snapshot(current.id, current.document, 'beforeImport');
  else
    await services.revisions.snapshotRaw(
      current.id,
      current.payload,
      'beforeImport',
      '导入前的原始数据（无法读取）',
    );
  const outcome = await services.reports.save(current.id, doc, current.revision);
  if (outcome.kind === 'conflict') throw new Error('报告刚在另一个窗口中被修改，请重试。');
  return current.id;
}
