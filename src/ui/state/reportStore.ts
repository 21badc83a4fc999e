import { cellId, readCell, type CellId } from '../../report/cells';
import { runChecks } from '../../report/checks';
import type { CommitKind } from '../../report/commitKind';
import type { Finding } from '../../report/checks/types';
import type { CellRef } from '../../report/definition/types';
import type { CellValue, ReportDocument, RestoredDocument } from '../../report/document';
import { setCell } from '../../report/edit';
import { invalidEntry } from '../../report/invalidEntries';
import { diffCells } from './diffCells';

type Listener = () => void;
/** Told about each undoable change: its kind and the document as it was before. */
export type CommitListener = (kind: CommitKind, before: RestoredDocument) => void;

interface HistoryEntry {
  readonly doc: RestoredDocument;
  readonly kind: CommitKind;
  readonly label: string;
  /** Consecutive edits with the same key (typing in one text field) merge into one step. */
  readonly coalesce: string | null;
  readonly at: number;
}

export interface CommitOptions {
  /** What the change is; revision history decides on it (never on the label). */
  readonly kind: CommitKind;
  /** Short Chinese description shown in the undo/redo tooltips. */
  readonly label: string;
  readonly coalesce?: string;
  /**
   * `onPause` for a keystroke: the totals change at once, the checks run once typing pauses
   * (CHECK_PAUSE_MS), at the next change that is not typing, or at `flushChecks` (the edit's
   * commit). A keystroke then updates its cell and the totals, not the check results all over
   * the page. Default `now`.
   */
  readonly checks?: CheckTiming;
}

/** When a commit's checks run: at once, or once typing pauses (see CommitOptions.checks). */
export type CheckTiming = 'now' | 'onPause';

const COALESCE_MS = 1500;
/** How long typing pauses before its checks run (see CommitOptions.checks). */
export const CHECK_PAUSE_MS = 300;

/** Same content: every top-level field identical and no cell value different. */
function sameContent(a: RestoredDocument, b: RestoredDocument): boolean {
  const keys = Object.keys(a) as (keyof ReportDocument)[];
  return keys.every((key) => key === 'tables' || a[key] === b[key]) && diffCells(a, b).length === 0;
}
const HISTORY_LIMIT = 500;
const NO_FINDINGS: readonly Finding[] = [];

/**
 * Holds the report being edited. Components subscribe narrowly — to one cell, to the findings
 * of one cell, or to the whole document — so a keystroke re-renders its cell and the totals
 * that depend on it, not the page. Every change goes through `commit`, which keeps undo/redo
 * history, recomputes findings and notifies exactly the listeners whose data changed.
 */
export class ReportStore {
  #doc: RestoredDocument;
  #previous: ReportDocument | null;
  #past: HistoryEntry[] = [];
  #future: HistoryEntry[] = [];
  #findings: readonly Finding[] = NO_FINDINGS;
  #findingsByCell = new Map<CellId, readonly Finding[]>();
  #cellListeners = new Map<CellId, Set<Listener>>();
  #docListeners = new Set<Listener>();
  #findingListeners = new Set<Listener>();
  #commitListeners = new Set<CommitListener>();
  #version = 0;
  /** The timer of checks put off while typing, or null when the findings are current. */
  #pendingChecks: ReturnType<typeof setTimeout> | null = null;

  constructor(doc: RestoredDocument, options?: { readonly previous?: ReportDocument | null }) {
    this.#doc = doc;
    this.#previous = options?.previous ?? null;
    this.#recheck();
  }

  get document(): RestoredDocument {
    return this.#doc;
  }

  /** Increases on every change; handy as a cheap "has anything changed" token. */
  get version(): number {
    return this.#version;
  }

  get findings(): readonly Finding[] {
    return this.#findings;
  }

  get previous(): ReportDocument | null {
    return this.#previous;
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  get undoLabel(): string | null {
    return this.#past.at(-1)?.label ?? null;
  }

  /** What the step that undo would take back was (e.g. `paste`), or `null`. */
  get undoKind(): CommitKind | null {
    return this.#past.at(-1)?.kind ?? null;
  }

  get redoLabel(): string | null {
    return this.#future.at(-1)?.label ?? null;
  }

  cell(ref: CellRef): CellValue {
    return readCell(this.#doc, ref);
  }

  /** Text typed into the cell that is not a valid value, kept until fixed or undone; or `null`. */
  invalidEntry(id: CellId): string | null {
    return invalidEntry(this.#doc, id);
  }

  findingsForCell(id: CellId): readonly Finding[] {
    return this.#findingsByCell.get(id) ?? NO_FINDINGS;
  }

  /** Sets one input cell; totals that depend on it are recomputed by the domain. */
  setCell(ref: CellRef, value: CellValue, label = '编辑单元格'): void {
    const result = setCell(this.#doc, ref, value);
    if (result.doc !== this.#doc)
      this.commit(result.doc, { kind: 'edit', label, coalesce: `cell:${cellId(ref)}` });
  }

  /** Sets many cells as one undoable step (paste, 填零). */
  setCells(
    entries: readonly (readonly [CellRef, CellValue])[],
    options: Omit<CommitOptions, 'coalesce'>,
  ): void {
    let doc = this.#doc;
    for (const [ref, value] of entries) doc = setCell(doc, ref, value).doc;
    if (doc !== this.#doc) this.commit(doc, options);
  }

  /** Applies a whole-document change (fields, sections, edition switch …) as one step. */
  update(change: (doc: RestoredDocument) => RestoredDocument, options: CommitOptions): void {
    const next = change(this.#doc);
    if (next !== this.#doc) this.commit(next, options);
  }

  commit(next: RestoredDocument, options: CommitOptions): void {
    const last = this.#past.at(-1);
    const now = Date.now();
    const merge =
      options.coalesce !== undefined &&
      last?.coalesce === options.coalesce &&
      now - last.at < COALESCE_MS &&
      this.#future.length === 0;
    if (merge && sameContent(last.doc, next)) {
      // The coalesced edits came back to where they started (e.g. Escape after typing):
      // drop the step instead of leaving an undo entry that changes nothing.
      this.#past.pop();
    } else if (merge) {
      this.#past[this.#past.length - 1] = { ...last, at: now };
    } else {
      this.#past.push({
        doc: this.#doc,
        kind: options.kind,
        label: options.label,
        coalesce: options.coalesce ?? null,
        at: now,
      });
      if (this.#past.length > HISTORY_LIMIT) this.#past.shift();
    }
    this.#future = [];
    const before = this.#doc;
    this.#apply(next, { checks: options.checks ?? 'now' });
    for (const l of this.#commitListeners) l(options.kind, before);
  }

  undo(): void {
    const entry = this.#past.pop();
    if (entry === undefined) return;
    this.#future.push({ ...entry, doc: this.#doc, coalesce: null });
    this.#apply(entry.doc);
  }

  redo(): void {
    const entry = this.#future.pop();
    if (entry === undefined) return;
    this.#past.push({ ...entry, doc: this.#doc, coalesce: null });
    this.#apply(entry.doc);
  }

  /** Replaces the document without an undo step (loading a draft, a newer revision). */
  replace(doc: RestoredDocument, options?: { readonly keepHistory?: boolean }): void {
    if (options?.keepHistory !== true) {
      this.#past = [];
      this.#future = [];
    }
    this.#apply(doc);
  }

  setPrevious(previous: ReportDocument | null): void {
    this.#previous = previous;
    this.#apply(this.#doc, { checks: 'force' });
  }

  /** True while checks put off by typing have not run yet. */
  get checksPending(): boolean {
    return this.#pendingChecks !== null;
  }

  /** Runs checks put off by typing now (an edit is committed); nothing when none are pending. */
  flushChecks(): void {
    if (this.#pendingChecks === null) return;
    clearTimeout(this.#pendingChecks);
    this.#pendingChecks = null;
    this.#notifyCells(this.#recheck());
  }

  subscribeCell(id: CellId, listener: Listener): () => void {
    let set = this.#cellListeners.get(id);
    if (set === undefined) {
      set = new Set();
      this.#cellListeners.set(id, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Any change of the document (including undo/redo). */
  subscribe(listener: Listener): () => void {
    this.#docListeners.add(listener);
    return () => this.#docListeners.delete(listener);
  }

  /**
   * Each committed change (not undo/redo or replace), after it is applied. Revision history
   * uses it to snapshot the state before imports, edition switches, pastes and fills.
   */
  subscribeCommits(listener: CommitListener): () => void {
    this.#commitListeners.add(listener);
    return () => this.#commitListeners.delete(listener);
  }

  /** Changes of the findings list (only when it actually changed). */
  subscribeFindings(listener: Listener): () => void {
    this.#findingListeners.add(listener);
    return () => this.#findingListeners.delete(listener);
  }

  #apply(
    next: RestoredDocument,
    options: { readonly checks: CheckTiming | 'force' } = { checks: 'now' },
  ): void {
    const before = this.#doc;
    this.#doc = next;
    this.#version += 1;
    const changedCells = new Set(diffCells(before, next));
    let findingCells = new Set<CellId>();
    if (options.checks === 'onPause' && before !== next) {
      if (this.#pendingChecks !== null) clearTimeout(this.#pendingChecks);
      this.#pendingChecks = setTimeout(() => {
        this.flushChecks();
      }, CHECK_PAUSE_MS);
    } else if (before !== next || options.checks === 'force' || this.#pendingChecks !== null) {
      if (this.#pendingChecks !== null) clearTimeout(this.#pendingChecks);
      this.#pendingChecks = null;
      findingCells = this.#recheck();
    }
    this.#notifyCells(new Set([...changedCells, ...findingCells]));
    for (const l of this.#docListeners) l();
  }

  #notifyCells(ids: ReadonlySet<CellId>): void {
    for (const id of ids) {
      for (const l of this.#cellListeners.get(id) ?? []) l();
    }
  }

  /** Recomputes findings; returns the cells whose findings changed and notifies list listeners. */
  #recheck(): Set<CellId> {
    // `today` lets meta.deadline remind the officer of 1月31日 / 3月31日 while drafting.
    const findings = runChecks(this.#doc, { previous: this.#previous, today: new Date() });
    const byCell = new Map<CellId, Finding[]>();
    for (const f of findings) {
      // 表 blank-cell counts are listed, not marked on each cell: marking them would
      // re-render every blank cell on every keystroke as the count changes.
      if (f.check === 'table.blankCells') continue;
      for (const id of f.cells) {
        const list = byCell.get(id);
        if (list === undefined) byCell.set(id, [f]);
        else list.push(f);
      }
    }
    const touched = new Set<CellId>();
    const signature = (list: readonly Finding[] | undefined) =>
      (list ?? []).map((f) => `${f.check}|${f.status}|${f.message}`).join('\n');
    for (const id of new Set([...this.#findingsByCell.keys(), ...byCell.keys()])) {
      const old = this.#findingsByCell.get(id);
      const now = byCell.get(id);
      if (signature(old) !== signature(now)) touched.add(id);
    }
    // Keep the previous arrays where nothing changed, so cell subscribers see stable snapshots.
    const stable = new Map<CellId, readonly Finding[]>();
    for (const [id, list] of byCell) {
      const old = this.#findingsByCell.get(id);
      stable.set(id, !touched.has(id) && old !== undefined ? old : list);
    }
    this.#findingsByCell = stable;
    const listChanged = signature(this.#findings) !== signature(findings);
    if (listChanged) {
      this.#findings = findings;
      for (const l of this.#findingListeners) l();
    }
    return touched;
  }
}
