import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import { cellId, parseCellId, type CellId } from '../../report/cells';
import { gapText } from '../../report/checks/gap';
import { useReportStore } from '../state/hooks';
import { marked } from './CellFindingNote';

/**
 * The reason a cell is marked, written beside the cell while it is focused or hovered: the
 * message of each broken relation it is in, with the gap (“相差1件”), so the officer need not
 * look across to the check list. One popup per table, placed next to the cell (below it, or
 * above when there is no room) and fixed to the window so the table's scroll box never clips
 * it. Screen readers already get the same messages through the cell's description.
 */

interface Place {
  readonly top: number;
  /** From the window's right edge: the popup's own width moves it only at the left edge. */
  readonly right: number;
}

const samePlace = (a: Place | null, b: Place) =>
  a !== null && a.top === b.top && a.right === b.right;

const GAP_PX = 4;

function cellInput(target: EventTarget | null): HTMLInputElement | null {
  return target instanceof HTMLInputElement && target.dataset.cell !== undefined ? target : null;
}

interface Targets {
  readonly focused: HTMLInputElement | null;
  readonly hovered: HTMLInputElement | null;
  /** A computed cell (总计) the user just tried to type into. */
  readonly typedIntoComputed: HTMLInputElement | null;
}

/** A key that would change a value: a character, or deleting one. */
function isEditKey(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  return e.key.length === 1 || e.key === 'Backspace' || e.key === 'Delete';
}

/** The focused cell and the cell under the pointer. */
function useTargetCells(host: RefObject<HTMLElement | null>): Targets {
  const [focused, setFocused] = useState<HTMLInputElement | null>(null);
  const [hovered, setHovered] = useState<HTMLInputElement | null>(null);
  const [typedIntoComputed, setTyped] = useState<HTMLInputElement | null>(null);
  useEffect(() => {
    const el = host.current;
    if (el === null) return;
    const onFocusIn = (e: FocusEvent) => {
      setFocused(cellInput(e.target));
      setTyped(null);
    };
    const onFocusOut = (e: FocusEvent) => {
      if (cellInput(e.relatedTarget) === null) setFocused(null);
      setTyped(null);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      const input = cellInput(e.target);
      if (input?.readOnly === true && isEditKey(e)) setTyped(input);
    };
    const onOver = (e: MouseEvent) => {
      const cell = e.target instanceof Element ? e.target.closest('.grid-cell') : null;
      setHovered(cellInput(cell?.querySelector('input') ?? null));
    };
    const onLeave = () => {
      setHovered(null);
    };
    el.addEventListener('keydown', onKeyDown);
    el.addEventListener('focusin', onFocusIn);
    el.addEventListener('focusout', onFocusOut);
    el.addEventListener('mouseover', onOver);
    el.addEventListener('mouseleave', onLeave);
    return () => {
      el.removeEventListener('keydown', onKeyDown);
      el.removeEventListener('focusin', onFocusIn);
      el.removeEventListener('focusout', onFocusOut);
      el.removeEventListener('mouseover', onOver);
      el.removeEventListener('mouseleave', onLeave);
    };
  }, [host]);
  return { focused, hovered, typedIntoComputed };
}

const idOf = (input: HTMLInputElement | null): CellId | null => {
  const ref = parseCellId(input?.dataset.cell ?? '');
  return ref === null ? null : cellId(ref);
};

/** The marked findings of a cell as lines of text (empty when nothing is marked). */
function useReasonText(id: CellId | null): string {
  const store = useReportStore();
  const subscribe = useCallback((l: () => void) => store.subscribe(l), [store]);
  return useSyncExternalStore(subscribe, () => {
    if (id === null) return '';
    return store
      .findingsForCell(id)
      .filter((f) => marked(f, store.document.acknowledged))
      .map((f) => {
        const gap = gapText(f);
        return gap === null ? f.message : `${f.message}，${gap}`;
      })
      .join('\n');
  });
}

/** Where a cell is on screen, and the room around it, read at one moment. */
interface CellBox {
  readonly cell: HTMLElement;
  readonly box: DOMRect;
  readonly area: DOMRect | undefined;
  /** Width of the viewport without its scroll bar (what position: fixed measures from). */
  readonly viewport: number;
  readonly height: number;
}

function measureCell(cell: HTMLElement): CellBox {
  return {
    cell,
    box: (cell.closest('td') ?? cell).getBoundingClientRect(),
    area: cell.closest('main')?.getBoundingClientRect(),
    viewport: document.documentElement.clientWidth,
    height: window.innerHeight,
  };
}

/**
 * Below the cell, or above it when the editor's visible area (the main area, which a notice
 * band may shorten) has no room below. Its right edge is the cell's, kept in the window.
 */
function placeBy(at: CellBox, size: { readonly width: number; readonly height: number }): Place {
  const { box, area } = at;
  const bottom = Math.min(at.height, area?.bottom ?? at.height);
  const topLimit = Math.max(0, area?.top ?? 0);
  const below = box.bottom + GAP_PX;
  const above = box.top - GAP_PX - size.height;
  const top = below + size.height <= bottom || above < topLimit ? below : above;
  const rightEdge = Math.max(4 + size.width, Math.min(box.right, at.viewport - 4));
  return { top, right: at.viewport - rightEdge };
}

/**
 * The box of the cell the popup belongs to, read by a ResizeObserver (after the browser's own
 * layout, so reading costs nothing) and read again after any scroll or resize. A popup that appears
 * while the user types into that cell is placed from it without laying the page out again.
 */
function useKnownCellBox(cell: HTMLElement | null): RefObject<CellBox | null> {
  const known = useRef<CellBox | null>(null);
  useEffect(() => {
    known.current = null;
    if (cell === null || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => {
      known.current = measureCell(cell);
    });
    const target = cell.closest('td') ?? cell;
    observer.observe(target);
    const forget = () => {
      known.current = null;
      // Observed anew, the box is read again after the next layout.
      observer.unobserve(target);
      observer.observe(target);
    };
    window.addEventListener('scroll', forget, true);
    window.addEventListener('resize', forget);
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', forget, true);
      window.removeEventListener('resize', forget);
    };
  }, [cell]);
  return known;
}

export function CellReason({ host }: { readonly host: RefObject<HTMLElement | null> }) {
  const { focused, hovered, typedIntoComputed } = useTargetCells(host);
  const reasonText = useReasonText(idOf(focused));
  const hoveredText = useReasonText(idOf(hovered));
  const computedText =
    typedIntoComputed === null ? '' : computedHint(typedIntoComputed.getAttribute('aria-label'));
  const focusedText = [computedText, reasonText].filter((t) => t !== '').join('\n');
  // The focused cell first: the pointer may rest anywhere while the keyboard moves (and a
  // scroll moves cells under a still pointer); else the cell pointed at.
  const [cell, text] = focusedText !== '' ? [focused, focusedText] : [hovered, hoveredText];
  const [popup, setPopup] = useState<HTMLDivElement | null>(null);
  const [at, setAt] = useState<Place | null>(null);
  // Without ResizeObserver (old browsers, jsdom), a new text is placed at once.
  const placeAgainFor = typeof ResizeObserver === 'function' ? null : text;

  // Both candidates are kept measured: the popup may switch from one to the other as it appears.
  const knownFocused = useKnownCellBox(focused);
  const knownHovered = useKnownCellBox(hovered);

  useLayoutEffect(() => {
    if (cell === null || popup === null) return;
    const show = (next: Place) => {
      setAt((current) => (samePlace(current, next) ? current : next));
    };
    const update = () => {
      show(placeBy(measureCell(cell), { width: popup.offsetWidth, height: popup.offsetHeight }));
    };
    // A popup that appears while typing goes below the cell's known box, with no layout forced
    // in the middle of the keystroke; its own size is taken into account by the observer below.
    const box = [knownFocused.current, knownHovered.current].find((k) => k?.cell === cell);
    if (box !== undefined && box !== null) show(placeBy(box, { width: 0, height: 0 }));
    else update();
    // The table scrolls in its own box and the part in the main area: follow both.
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    // The text changes while the user types (相差N件): its new size is placed once the browser
    // has laid the page out anyway (reading is free then). Below the cell and anchored by its
    // right edge, the place rarely depends on the size, so this rarely changes anything.
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
    resized?.observe(popup);
    return () => {
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
      resized?.disconnect();
    };
  }, [cell, popup, knownFocused, knownHovered, placeAgainFor]);

  const live = (
    // Said once by screen readers when a 总计 refuses a key (the reasons are in the description).
    <span className="sr-only" role="status">
      {computedText}
    </span>
  );
  if (cell === null || text === '') return live;
  return (
    <>
      {live}
      <div
        ref={setPopup}
        className="grid-reason"
        data-reason-for={cell.dataset.cell}
        aria-hidden="true"
        style={
          at === null
            ? { visibility: 'hidden', top: 0, right: 0 }
            : { top: at.top, right: at.right }
        }
      >
        {text.split('\n').map((line, i) => (
          <p key={i} className="grid-reason__line">
            {line}
          </p>
        ))}
      </div>
    </>
  );
}

/** Why typing does nothing in a 总计 cell, naming the cell. */
function computedHint(label: string | null): string {
  const name = label === null ? '此格' : `「${label.replace(' ', '」「')}」`;
  return `${name}是自动计算的合计，不能直接填写；请修改参与合计的各项，合计会随之更新。`;
}
