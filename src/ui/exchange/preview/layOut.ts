import { buildPages } from './buildPages';
import { measureReport } from './measure';
import { paginate } from './paginate';
import { CONTENT_HEIGHT_PX } from './pageGeometry';

/** Marks the report's style sheets copied into the pages document (replaced on a new run). */
const COPIED = 'data-nb-report-style';

/**
 * Fills the pages document `target` with the pages of the print document `source`: the
 * report's style sheets are copied over, the report is measured, paginated and copied page by
 * page. Returns the number of pages.
 */
export async function layOut(source: Document, target: Document): Promise<number> {
  await source.fonts.ready;
  const article = source.querySelector('article.report');
  const container = target.querySelector<HTMLElement>('.nb-pages');
  if (article === null || container === null) throw new Error('a preview frame is empty');
  for (const old of Array.from(target.querySelectorAll(`style[${COPIED}]`))) old.remove();
  for (const style of Array.from(source.querySelectorAll('head style'))) {
    const copy = target.importNode(style, true);
    copy.setAttribute(COPIED, '');
    target.head.append(copy);
  }
  const began = performance.now();
  const measured = measureReport(source);
  const slices = paginate(measured.model, CONTENT_HEIGHT_PX);
  buildPages(container, measured, article, slices, {
    pageNumberText: (n) => `— ${String(n)} —`,
    pageLabel: (n, total) => `第 ${String(n)} 页，共 ${String(total)} 页`,
  });
  // Read by the bench and in the browser's performance panel.
  performance.measure('nianbao:print-preview-pages', { start: began });
  return slices.length;
}
