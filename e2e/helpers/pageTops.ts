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
  readonly left: number;
  readonly text: string;
}

function topLine(items: readonly Placed[], tolerance: number): string {
  if (items.length === 0) return '';
  const highest = Math.min(...items.map((i) => i.top));
  return items
    .filter((i) => i.top <= highest + tolerance)
    .sort((a, b) => a.left - b.left)
    .map((i) => i.text)
    .join('')
    .replace(/\s+/gu, '');
}

/** The first line of every page of a PDF (pdftotext -bbox gives each word's box). */
export function pdfPageTops(path: string): string[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
  });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const words = [
        ...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g),
      ];
      return topLine(
        words.map((w) => ({ left: Number(w[1]), top: Number(w[2]), text: decode(w[3] ?? '') })),
        TOLERANCE,
      );
    });
}

/**
 * The first visible line of every page box in the preview's pages frame: each character's
 * box inside the page's text block (copies of a paragraph split over two pages are clipped,
 * so only the lines that belong to the page count).
 */
export async function previewPageTops(pagesFrame: Locator): Promise<string[]> {
  const pages = await pagesFrame.evaluate((frame: HTMLIFrameElement) => {
    const doc = frame.contentDocument;
    if (doc === null) throw new Error('no pages document');
    return Array.from(doc.querySelectorAll('.nb-sheet')).map((sheet) => {
      const area = sheet.querySelector('.nb-area');
      if (area === null) return { scale: 1, chars: [] };
      const box = area.getBoundingClientRect();
      const scale = box.width / area.clientWidth;
      const chars: { top: number; left: number; text: string }[] = [];
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
          chars.push({ top: (r.top - box.top) / scale, left: r.left, text: text[i] ?? '' });
        }
      }
      return { scale, chars };
    });
  });
  return pages.map((p) => topLine(p.chars, TOLERANCE * (96 / 72)));
}
