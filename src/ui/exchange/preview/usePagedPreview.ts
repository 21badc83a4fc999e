import { useEffect, useRef, useState, type RefObject } from 'react';
import { PAGE_HEIGHT_PX, PAGE_WIDTH_PX } from './pageGeometry';

/**
 * Pages the report for the screen: once both frames have loaded (the print document, which is
 * never changed, and the empty paged document), measures the print document, paginates it and
 * fills the paged document with page boxes. Runs when the preview opens (and again if the
 * print HTML changes), never while the officer types. Also keeps track of the page in view
 * and the zoom.
 */

export type ZoomMode = 'fit-width' | 'fit-page' | 'actual';

export type PagingState =
  | { readonly status: 'paging' }
  | { readonly status: 'ready'; readonly total: number }
  | { readonly status: 'failed' };

/** 适合宽度 stops at this scale: wider pages on a wide screen only make lines long to read. */
const MAX_FIT_SCALE = 1.25;
/** Room around a page box in the paged document (body padding, shadow). */
const GUTTER_PX = 32;
/** The page in view is the last one whose top is above this fraction of the window. */
const CURRENT_LINE = 0.35;

function scaleFor(mode: ZoomMode, frame: HTMLIFrameElement): number {
  const width = Math.max(1, frame.clientWidth - GUTTER_PX);
  const height = Math.max(1, frame.clientHeight - GUTTER_PX);
  switch (mode) {
    case 'actual':
      return 1;
    case 'fit-width':
      return Math.min(MAX_FIT_SCALE, width / PAGE_WIDTH_PX);
    case 'fit-page':
      return Math.min(width / PAGE_WIDTH_PX, height / PAGE_HEIGHT_PX);
  }
}

const sheetsOf = (doc: Document): HTMLElement[] =>
  Array.from(doc.querySelectorAll<HTMLElement>('.nb-sheet'));

/** Scrolls page `n` (clamped to the pages there are) to the top; the page shown, if any. */
function scrollToPage(frame: HTMLIFrameElement, n: number): number | null {
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) return null;
  const sheets = sheetsOf(doc);
  const index = Math.min(Math.max(n, 1), sheets.length) - 1;
  const sheet = sheets[index];
  if (sheet === undefined) return null;
  win.scrollTo({ top: Math.max(0, sheet.offsetTop - 8) });
  return index + 1;
}

export interface PagedPreview {
  readonly paging: PagingState;
  /** 1-based page in view. */
  readonly current: number;
  readonly zoom: ZoomMode;
  readonly setZoom: (mode: ZoomMode) => void;
  /** Scrolls page `n` (clamped) to the top of the view. */
  readonly goTo: (n: number) => void;
  readonly onSourceLoad: () => void;
  readonly onPagesLoad: () => void;
}

export function usePagedPreview(
  source: RefObject<HTMLIFrameElement | null>,
  pages: RefObject<HTMLIFrameElement | null>,
): PagedPreview {
  const [paging, setPaging] = useState<PagingState>({ status: 'paging' });
  const [current, setCurrent] = useState(1);
  const [zoom, setZoom] = useState<ZoomMode>('fit-width');
  const loaded = useRef({ source: false, pages: false });
  const currentRef = useRef(current);
  useEffect(() => {
    currentRef.current = current;
  }, [current]);
  const run = useRef(0);

  const relayout = (): void => {
    const from = source.current?.contentDocument;
    const to = pages.current?.contentDocument;
    if (!loaded.current.source || !loaded.current.pages || !from || !to) return;
    run.current += 1;
    const mine = run.current;
    setPaging({ status: 'paging' });
    // The paging code loads with the first preview, not with the editor.
    import('./layOut')
      .then(({ layOut }) => layOut(from, to))
      .then(
        (total) => {
          if (mine !== run.current) return;
          setPaging({ status: 'ready', total });
          setCurrent(1);
        },
        (error: unknown) => {
          console.error('打印预览分页失败', error);
          if (mine === run.current) setPaging({ status: 'failed' });
        },
      );
  };

  const onSourceLoad = (): void => {
    loaded.current.source = true;
    relayout();
  };
  const onPagesLoad = (): void => {
    loaded.current.pages = true;
    relayout();
  };

  // The zoom follows the mode and the size of the window.
  useEffect(() => {
    const frame = pages.current;
    if (frame === null || paging.status !== 'ready') return;
    const apply = (): void => {
      const root = frame.contentDocument?.documentElement;
      root?.style.setProperty('--nb-scale', String(scaleFor(zoom, frame)));
    };
    apply();
    // A new zoom keeps the same page in view.
    scrollToPage(frame, currentRef.current);
    const observer = new ResizeObserver(apply);
    observer.observe(frame);
    return () => {
      observer.disconnect();
    };
  }, [pages, zoom, paging]);

  // The page in view, as the officer scrolls.
  useEffect(() => {
    const win = pages.current?.contentWindow;
    const doc = pages.current?.contentDocument;
    if (!win || !doc || paging.status !== 'ready') return;
    const onScroll = (): void => {
      const line = win.scrollY + win.innerHeight * CURRENT_LINE;
      const sheets = sheetsOf(doc);
      const atEnd = win.scrollY + win.innerHeight >= doc.documentElement.scrollHeight - 2;
      let index = 0;
      sheets.forEach((sheet, i) => {
        if (sheet.offsetTop <= line) index = i;
      });
      setCurrent(atEnd && win.scrollY > 0 ? sheets.length : index + 1);
    };
    win.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      win.removeEventListener('scroll', onScroll);
    };
  }, [pages, paging]);

  const goTo = (n: number): void => {
    const win = pages.current?.contentWindow;
    const doc = pages.current?.contentDocument;
    if (!win || !doc) return;
    const sheets = sheetsOf(doc);
    const index = Math.min(Math.max(n, 1), sheets.length) - 1;
    const sheet = sheets[index];
    if (sheet === undefined) return;
    win.scrollTo({ top: Math.max(0, sheet.offsetTop - 8) });
    setCurrent(index + 1);
  };

  return { paging, current, zoom, setZoom, goTo, onSourceLoad, onPagesLoad };
}
