import { execFileSync } from 'node:child_process';
import type { Locator } from '@playwright/test';

/**
 * The first printed line of each page, from a PDF and from the preview's page boxes, to
 * compare where pages break. A line is the characters whose top lies within `TOLERANCE` of the
 * highest one on the page, read left to right (table cells centre their text, so a row's
 * cells start a little apart); the page number is at the foot, never first.
 */

/** Points in the PDF, CSS px (before the preview's zoom) in the preview. */
const TOLERANCE = 3;

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

interface Placed {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly text: string;
}

export interface PageEnds {
  /** The first line of the page, whitespace removed. */
  readonly first: string;
  /** The last line of the text block (above the page number). */
  readonly last: string;
}

function line(items: readonly Placed[], which: 'first' | 'last', tolerance: number): string {
  if (items.length === 0) return '';
  const edge =
    which === 'first'
      ? Math.min(...items.map((i) => i.top))
      : Math.max(...items.map((i) => i.bottom));
  return items
    .filter((i) => (which === 'first' ? i.top <= edge + tolerance : i.bottom >= edge - tolerance))
    .sort((a, b) => a.left - b.left)
    .map((i) => i.text)
    .join('')
    .replace(/\s+/gu, '');
}

const ends = (items: readonly Placed[], tolerance: number): PageEnds => ({
  first: line(items, 'first', tolerance),
  last: line(items, 'last', tolerance),
});

/** A4 height minus the 35 mm bottom margin, in points: below it only the page number. */
const TEXT_BLOCK_BOTTOM_PT = 841.89 - (35 * 72) / 25.4;
/** The 草稿 mark is drawn across the page, not part of the text. */
const DRAFT_MARK = /^[草稿]+$/u;

/** The first and last line of every page of a PDF (pdftotext -bbox gives each word's box). */
export function pdfPageEnds(path: string): PageEnds[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
  });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const words = [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ];
      const placed = words
        .map((w) => ({
          left: Number(w[1]),
          top: Number(w[2]),
          bottom: Number(w[3]),
          text: decode(w[4] ?? ''),
        }))
        .filter((w) => w.top < TEXT_BLOCK_BOTTOM_PT && !DRAFT_MARK.test(w.text));
      return ends(placed, TOLERANCE);
    });
}

/**
 * The first and last visible line of every page box in the preview's pages frame: each character's
 * box inside the page's text block (copies of a paragraph split over two pages are clipped,
 * so only the lines that belong to the page count).
 */
export async function previewPageEnds(pagesFrame: Locator): Promise<PageEnds[]> {
  const pages = await pagesFrame.evaluate((frame: HTMLIFrameElement) => {
    const doc = frame.contentDocument;
    if (doc === null) throw new Error('no pages document');
    return Array.from(doc.querySelectorAll('.nb-sheet')).map((sheet) => {
      const area = sheet.querySelector('.nb-area');
      if (area === null) return { scale: 1, chars: [] };
      const box = area.getBoundingClientRect();
      const scale = box.width / area.clientWidth;
      const chars: { top: number; bottom: number; left: number; text: string }[] = [];
      const walker = doc.createTreeWalker(area, NodeFilter.SHOW_TEXT);
      const range = doc.createRange();
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i += 1) {
          if (/\s/u.test(text[i] ?? '')) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          if (r.height === 0) continue;
          if (r.top < box.top - 1 || r.bottom > box.bottom + 1) continue;
          chars.push({
            top: (r.top - box.top) / scale,
            bottom: (r.bottom - box.top) / scale,
            left: r.left,
            text: text[i] ?? '',
          });
        }
      }
      return { scale, chars };
    });
  });
  return pages.map((p) => ends(p.chars, TOLERANCE * (96 / 72)));
}
