import { titleOf, type RestoredDocument } from '../../../report/document';
import type { Problem } from '../../../report/restore/problems';
import { Autosave } from '../../../storage/autosave';
import { diffDocuments, isEmptyDiff } from '../../../storage/documentDiff';
import type { ReportChange } from '../../../storage/changeFeed';
import type { LoadedReport } from '../../../storage/reportsRepository';
import { RevisionRecorder } from '../../../storage/revisionRecorder';
import type { RevisionEntry } from '../../../storage/revisions';
import { ReportStore } from '../../state/reportStore';
import { formatClock } from '../../common/formatTime';
import type { PersistenceServices } from '../../services/services';

export interface PreviousReport {
  readonly id: string;
  readonly document: RestoredDocument;
}

export type OpenResult =
  | { readonly kind: 'ready'; readonly session: EditorSession }
  | { readonly kind: 'missing' }
  /** In 回收站: shown with a restore button, never edited there. */
  | { readonly kind: 'binned'; readonly report: LoadedReport }
  /** The stored data is beyond repair: the problems say why; the raw data can be downloaded. */
  | { readonly kind: 'unreadable'; readonly report: LoadedReport };

type Listener = () => void;

/**
 * One open draft: the editor's store, its autosave and its revision recorder, plus the cross-
 * tab behaviour. The draft is loaded FIRST and autosave starts after, on the loaded document,
 * so defaults can never overwrite a stored draft.
 */
export class EditorSession {
  readonly store: ReportStore;
  readonly autosave: Autosave;
  readonly recorder: RevisionRecorder;
  readonly reportId: string;
  /** Problems found when the stored row was opened (a damaged row), shown to the user. */
  readonly openProblems: readonly Problem[];
  readonly #services: PersistenceServices;
  readonly #listeners = new Set<Listener>();
  readonly #cleanups: (() => void)[] = [];
  #notice: string | null = null;
  #previous: PreviousReport | null;

  private constructor(
    services: PersistenceServices,
    report: LoadedReport & { readonly document: RestoredDocument },
    previous: PreviousReport | null,
  ) {
    this.#services = services;
    this.reportId = report.id;
    this.#previous = previous;
    this.openProblems = report.problems;
    this.store = new ReportStore(report.document, { previous: previous?.document ?? null });
    this.autosave = new Autosave({
      source: this.store,
      target: services.reports,
      reportId: report.id,
      revision: report.revision,
      savedAt: report.updatedAt,
    });
    this.recorder = new RevisionRecorder({
      source: this.store,
      revisions: services.revisions,
      reportId: report.id,
    });
  }

  static async open(services: PersistenceServices, id: string): Promise<OpenResult> {
    const report = await services.reports.load(id);
    if (report === undefined) return { kind: 'missing' };
    if (report.deletedAt !== null) return { kind: 'binned', report };
    const { document } = report;
    if (document === null) return { kind: 'unreadable', report };
    let previous: PreviousReport | null = null;
    if (report.previousReportId !== null) {
      const prev = await services.reports.load(report.previousReportId);
      if (prev?.document != null) previous = { id: prev.id, document: prev.document };
    }
    const session = new EditorSession(services, { ...report, document }, previous);
    await session.#start(report);
    return { kind: 'ready', session };
  }

  /** Last year's report this one is linked to (previous.* checks, 参考上年). */
  get previous(): PreviousReport | null {
    return this.#previous;
  }

  /**
   * Links this report to last year's report (or unlinks it): stored on the row, and the store
   * re-runs the previous.* checks against it at once.
   */
  async linkPrevious(previousId: string | null): Promise<void> {
    let previous: PreviousReport | null = null;
    if (previousId !== null) {
      const loaded = await this.#services.reports.load(previousId);
      if (loaded?.document == null) throw new Error('上年报告无法读取');
      previous = { id: loaded.id, document: loaded.document };
    }
    await this.#services.reports.setPreviousReport(this.reportId, previousId);
    // The link is row bookkeeping, not report content: keep the revision autosave expects.
    this.#previous = previous;
    this.store.setPrevious(previous?.document ?? null);
    this.#emit();
  }

  /** A short message about something that happened in the background (another tab). */
  get notice(): string | null {
    return this.#notice;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  dismissNotice(): void {
    this.#setNotice(null);
  }

  /** Writes what is pending, then stops listening. */
  async close(): Promise<void> {
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
    this.recorder.stop();
    try {
      await this.autosave.flush();
    } finally {
      this.autosave.stop();
    }
  }

  /**
   * 重新载入较新的版本: this tab's unsaved version is kept in the history first (so choosing
   * this never loses it), then the stored revision replaces it. `false` when the report is gone.
   */
  async reloadNewer(): Promise<boolean> {
    const mine = this.store.document;
    if (mine !== this.autosave.savedDocument) {
      await this.recorder.snapshot(mine, 'reload').catch(() => null);
    }
    const latest = await this.#services.reports.load(this.reportId);
    if (latest?.document == null) return false;
    if (latest.deletedAt !== null) {
      // Moved to 回收站 meanwhile: say so instead of editing on inside the deleted report.
      this.autosave.markBinned();
      return true;
    }
    this.#adopt(latest, latest.document);
    return true;
  }

  /**
   * 从回收站恢复并保存我的版本 (the report was moved to 回收站 in another tab): takes it out of
   * 回收站 and saves this tab's version into it. The stored version it replaces is kept in the
   * history first when it differs, so nothing is lost either way.
   */
  async restoreFromBinKeepingMine(): Promise<void> {
    await this.#services.reports.restoreFromBin(this.reportId);
    const latest = await this.#services.reports.load(this.reportId);
    if (latest?.document == null || latest.deletedAt !== null) throw new Error('未能从回收站恢复');
    const mine = this.store.document;
    if (!isEmptyDiff(diffDocuments(latest.document, mine))) {
      await this.recorder.snapshot(latest.document, 'restore-from-bin');
    }
    // Autosave now counts the stored version as saved, so this tab's version is written next.
    this.autosave.adopt(latest.document, latest.revision, latest.updatedAt);
    await this.autosave.flush();
  }

  /** 将我的版本另存为副本: a new report holding this tab's version; returns its id. */
  async saveMineAsCopy(): Promise<string> {
    const doc = this.store.document;
    const meta = await this.#services.reports.create(
      { ...doc, title: `${titleOf(doc)}（副本）` },
      { previousReportId: this.#previous?.id ?? null },
    );
    return meta.id;
  }

  /** Puts an old revision back; the current state is snapshotted first, so it can be undone. */
  async restoreRevision(doc: RestoredDocument): Promise<RevisionEntry | null> {
    const before = await this.recorder.snapshot(this.store.document, 'restore');
    this.store.commit(doc, { kind: 'restore', label: '恢复历史版本' });
    return before;
  }

  async #start(report: LoadedReport): Promise<void> {
    this.autosave.start();
    await this.recorder.start();
    // A damaged row is repaired by the first save; keep the original in the history first.
    if (report.problems.some((p) => p.severity !== 'notice')) {
      await this.#services.revisions
        .snapshotRaw(report.id, report.payload, 'damaged', report.problems.length)
        .catch(() => null);
    }
    const { feed, closed } = this.#services;
    this.#cleanups.push(
      feed.subscribe((change, remote) => {
        if (remote) void this.#onRemoteChange(change);
      }),
    );
    const onClosed = (): void => {
      this.autosave.halt('数据库已关闭：另一个窗口打开了新版本的年报');
    };
    if (closed.closed) onClosed();
    this.#cleanups.push(closed.subscribe(onClosed));
    this.#cleanups.push(closed.addFlusher(() => this.autosave.flush()));
  }

  /**
   * Another tab wrote this report. With nothing unsaved here, load its version (telling the
   * user); with unsaved edits here, leave them alone: the next save finds the newer revision
   * and asks the user what to do (conflict dialog), never overwriting either version.
   */
  async #onRemoteChange(change: ReportChange): Promise<void> {
    if (change.id !== this.reportId) return;
    if (change.revision !== null && change.revision <= this.autosave.revision) return;
    if (this.autosave.dirty || this.autosave.status.kind !== 'saved') return;
    const shown = this.store.document;
    const latest = await this.#services.reports.load(this.reportId);
    // The user may have typed while we were reading: then their edit wins the race to a dialog.
    if (!this.#untouchedSince(shown)) return;
    if (latest === undefined) {
      this.#setNotice('此报告已在另一个窗口中被永久删除。本页内容仍在，可导出为文件。');
      return;
    }
    if (latest.deletedAt !== null) {
      // Stop at once: the dialog offers to restore it or to keep this version as a copy.
      this.autosave.markBinned();
      return;
    }
    if (latest.document === null || latest.revision <= this.autosave.revision) return;
    this.#adopt(latest, latest.document);
    this.#setNotice(`已载入另一个窗口在 ${formatClock(latest.updatedAt)} 保存的较新版本。`);
  }

  /** Nothing typed since `shown` was on screen, and nothing waiting to be saved. */
  #untouchedSince(shown: RestoredDocument): boolean {
    return this.store.document === shown && !this.autosave.dirty;
  }

  #adopt(report: LoadedReport, doc: RestoredDocument): void {
    // Autosave first: when the store then changes, the new document already counts as saved.
    this.autosave.adopt(doc, report.revision, report.updatedAt);
    this.store.replace(doc);
  }

  #setNotice(notice: string | null): void {
    this.#notice = notice;
    this.#emit();
  }

  #emit(): void {
    for (const l of [...this.#listeners]) l();
  }
}
