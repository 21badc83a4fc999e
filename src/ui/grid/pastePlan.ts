import { readCell, type CellId } from '../../report/cells';
import type { CellRef } from '../../report/definition/types';
import type { CellValue, RestoredDocument } from '../../report/document';
import { setCell } from '../../report/edit';
import {
  isNoneMark,
  parseCellInput,
  type CellInputError,
} from '../../report/input/parseNumberInput';
import { valuesRightOf, type GridGeometry, type ValueSlot } from './gridGeometry';
import type { TokenRows } from './parseClipboard';

/**
 * Maps a pasted block onto the grid, starting at the focused cell and following the printed
 * layout: token row i goes to visual row anchor+i, token j to the j-th value cell from the
 * anchor's column rightwards. Totals in the range are never written: their pasted value is
 * only compared with what the pasted inputs add up to. Nothing here touches the store; the
 * caller applies `entries` as one undo step.
 */

/** `line` and `position` count from 1, as the user sees the pasted block. */
export type PasteProblem =
  | { readonly code: 'rowsPastEdge'; readonly lines: number; readonly available: number }
  | {
      readonly code: 'columnsPastEdge';
      readonly line: number;
      readonly tokens: number;
      readonly available: number;
      readonly rowLabel: string;
    }
  | {
      readonly code: 'invalidToken';
      readonly line: number;
      readonly position: number;
      readonly token: string;
      readonly cell: string;
      readonly reason: CellInputError;
    }
  | {
      readonly code: 'noCellsInRow';
      readonly line: number;
      readonly position: number;
      readonly token: string;
      readonly rowText: string;
    };

/** A pasted total that differs from the sum of the pasted parts (not written either way). */
export interface PasteMismatch {
  readonly cell: string;
  readonly pasted: CellValue;
  readonly computed: CellValue;
  readonly slot: ValueSlot;
}

export interface PasteOverwrite {
  readonly id: CellId;
  readonly cell: string;
  readonly slot: ValueSlot;
  readonly before: CellValue;
  readonly after: CellValue;
}

/** An input cell that got a none-mark (“-”, “—”, “/”, “无” …): 0 or blank, as the user chooses. */
export interface PasteNoneMark {
  readonly id: CellId;
  readonly cell: string;
  readonly token: string;
}

/** How none-marks are read: blank (待填写, the default) or 0. */
export type NoneMarkReading = 'blank' | 'zero';

export interface PasteReady {
  readonly ok: true;
  readonly entries: readonly (readonly [CellRef, CellValue])[];
  /** First and last target cell in reading order (the range shown in the preview). */
  readonly first: ValueSlot;
  readonly last: ValueSlot;
  readonly lines: number;
  readonly width: number;
  readonly overwritten: readonly PasteOverwrite[];
  readonly mismatches: readonly PasteMismatch[];
  /** Totals in the range whose pasted value matched and was skipped silently. */
  readonly skippedTotals: number;
  /** Input cells that got a none-mark; listed in the preview, never read silently. */
  readonly noneMarks: readonly PasteNoneMark[];
  /** How they are read in `entries`. */
  readonly noneAs: NoneMarkReading;
}

export type PastePlan =
  PasteReady | { readonly ok: false; readonly problems: readonly PasteProblem[] };

const squash = (s: string) => s.replace(/\s+/gu, '');

/** Row text of a body row without value cells (caption, header): shown in the message. */
function rowText(geo: GridGeometry, r: number, fromCol: number): string[] {
  const texts: string[] = [];
  for (const slot of (geo.rows[r] ?? []).slice(fromCol)) {
    if (slot?.type === 'text' && slot.cell.text !== '' && !texts.includes(slot.cell.text)) {
      texts.push(slot.cell.text);
    }
  }
  return texts;
}

interface Target {
  readonly slot: ValueSlot;
  readonly value: CellValue;
}

/**
 * Plans a paste of `tokens` at `anchor`; either every token fits, or nothing is pasted.
 * None-marks in input cells are read as `noneAs` (blank unless the user chose 0).
 */
export function planPaste(
  doc: RestoredDocument,
  geo: GridGeometry,
  anchor: CellId,
  tokens: TokenRows,
  noneAs: NoneMarkReading = 'blank',
): PastePlan {
  const start = geo.byId.get(anchor);
  if (start === undefined || tokens.length === 0) return { ok: false, problems: [] };
  const available = geo.rows.length - start.row;
  if (tokens.length > available) {
    return { ok: false, problems: [{ code: 'rowsPastEdge', lines: tokens.length, available }] };
  }
  const problems: PasteProblem[] = [];
  const targets: Target[] = [];
  const noneMarks: PasteNoneMark[] = [];
  tokens.forEach((line, i) => {
    const r = start.row + i;
    const cells = valuesRightOf(geo, r, start.col);
    if (cells.length === 0) {
      // A caption or header row inside the range: accept blanks or the row's own text.
      const texts = rowText(geo, r, start.col);
      line.forEach((token, j) => {
        const blank = parseCellInput(token, 'count');
        const isBlank = blank.ok && blank.value === null;
        if (!isBlank && !texts.some((t) => squash(t) === squash(token))) {
          problems.push({
            code: 'noCellsInRow',
            line: i + 1,
            position: j + 1,
            token,
            rowText: texts.join(' '),
          });
        }
      });
      return;
    }
    if (line.length > cells.length) {
      problems.push({
        code: 'columnsPastEdge',
        line: i + 1,
        tokens: line.length,
        available: cells.length,
        rowLabel: cells[0]?.rowLabel ?? '',
      });
      return;
    }
    line.forEach((token, j) => {
      const slot = cells[j];
      if (slot === undefined) return;
      const parsed = parseCellInput(token, slot.kind);
      if (!parsed.ok) {
        problems.push({
          code: 'invalidToken',
          line: i + 1,
          position: j + 1,
          token,
          cell: slot.label,
          reason: parsed.reason,
        });
      } else if (!slot.computed && isNoneMark(token)) {
        noneMarks.push({ id: slot.id, cell: slot.label, token: token.trim() });
        targets.push({ slot, value: noneAs === 'zero' ? 0 : null });
      } else {
        targets.push({ slot, value: parsed.value });
      }
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  return ready(doc, targets, tokens, { noneMarks, noneAs });
}

function ready(
  doc: RestoredDocument,
  targets: readonly Target[],
  tokens: TokenRows,
  none: Pick<PasteReady, 'noneMarks' | 'noneAs'>,
): PastePlan {
  const inputs = targets.filter((t) => !t.slot.computed);
  const entries = inputs.map((t) => [t.slot.ref, t.value] as const);
  let after = doc;
  for (const [ref, value] of entries) after = setCell(after, ref, value).doc;
  const mismatches: PasteMismatch[] = [];
  let skippedTotals = 0;
  for (const t of targets) {
    if (!t.slot.computed || t.value === null) continue;
    const computed = readCell(after, t.slot.ref);
    if (computed === t.value) skippedTotals += 1;
    else mismatches.push({ cell: t.slot.label, pasted: t.value, computed, slot: t.slot });
  }
  const overwritten = inputs
    .map((t) => ({
      id: t.slot.id,
      cell: t.slot.label,
      slot: t.slot,
      before: readCell(doc, t.slot.ref),
      after: t.value,
    }))
    .filter((o) => o.before !== null && o.before !== o.after);
  const ordered = [...targets].sort((a, b) => a.slot.row - b.slot.row || a.slot.col - b.slot.col);
  const first = ordered[0]?.slot;
  const last = ordered.at(-1)?.slot;
  if (first === undefined || last === undefined) return { ok: false, problems: [] };
  return {
    ok: true,
    entries,
    first,
    last,
    lines: tokens.length,
    width: Math.max(...tokens.map((line) => line.length)),
    overwritten,
    mismatches,
    skippedTotals,
    ...none,
  };
}
