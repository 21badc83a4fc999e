import { FOLIO, MARGIN_MM, PAGE_MM } from './pageGeometry';

/**
 * The screen-only document of the paged preview: grey desk, white A4 sheets with a shadow,
 * the report's own print style sheet (copied in from the print document) applying inside each
 * sheet's text block, and the page number where the @page rule prints it. `--nb-scale` is the
 * zoom. No script: the frame is sandboxed without scripts and the CSP forbids them too.
 */

const FONT_PAGE_NUMBER = '"宋体", SimSun, "Noto Serif CJK SC", serif';
const mm = (n: number): string => `${String(n)}mm`;
const contentWidth = PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right;
const contentHeight = PAGE_MM.height - MARGIN_MM.top - MARGIN_MM.bottom;

const PAGES_CSS = `
html { background: #e6e6e6; }
body { margin: 0; padding: 16px 8px 32px; }
.nb-sheet {
  position: relative;
  width: calc(${mm(PAGE_MM.width)} * var(--nb-scale, 1));
  height: calc(${mm(PAGE_MM.height)} * var(--nb-scale, 1));
  margin: 0 auto 16px;
}
.nb-page {
  position: absolute;
  top: 0;
  left: 0;
  width: ${mm(PAGE_MM.width)};
  height: ${mm(PAGE_MM.height)};
  overflow: hidden;
  background: #fff;
  box-shadow: 0 1px 6px rgba(0, 0, 0, 0.3);
  transform: scale(var(--nb-scale, 1));
  transform-origin: 0 0;
}
.nb-page > .report.nb-area, .nb-page > .report.nb-marks {
  position: absolute;
  top: ${mm(MARGIN_MM.top)};
  left: ${mm(MARGIN_MM.left)};
  width: ${mm(contentWidth)};
  min-height: 0;
  margin: 0;
  padding: 0;
  background: none;
  box-shadow: none;
}
.nb-page > .report.nb-area { overflow: hidden; }
.nb-page > .report.nb-marks { height: ${mm(contentHeight)}; pointer-events: none; }
.nb-page > .report.nb-marks > .draft-mark { position: absolute; }
.nb-folio {
  position: absolute;
  top: ${mm(MARGIN_MM.top + contentHeight + FOLIO.gapMm)};
  font-family: ${FONT_PAGE_NUMBER};
  font-size: ${String(FOLIO.sizePt)}pt;
  line-height: normal;
  color: #000;
  white-space: nowrap;
}
.nb-folio--right { right: calc(${mm(MARGIN_MM.right)} + ${String(FOLIO.insetPt)}pt); }
.nb-folio--left { left: calc(${mm(MARGIN_MM.left)} + ${String(FOLIO.insetPt)}pt); }
.nb-status { margin: 2rem; font: 16px sans-serif; color: #333; text-align: center; }`;

const CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src 'self' data:";

/** The empty paged document; page boxes and the report's styles are added when measured. */
export const PAGES_SHELL = [
  '<!DOCTYPE html>',
  '<html lang="zh-CN">',
  '<head>',
  '<meta charset="utf-8">',
  `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
  `<style>${PAGES_CSS}</style>`,
  '</head>',
  '<body><div class="nb-pages"><p class="nb-status">正在分页……</p></div></body>',
  '</html>',
].join('\n');
