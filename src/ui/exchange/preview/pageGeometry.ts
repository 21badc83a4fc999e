/**
 * The printed page, as the report's @page rule sets it (styles.ts: A4, margins 37 / 26 / 35 /
 * 28 mm, the page number 5 mm under the text block, 14 pt in from its outer edge). The paged
 * preview draws its page boxes from these figures; a unit test keeps them equal to the CSS.
 */
export const PAGE_MM = { width: 210, height: 297 } as const;
export const MARGIN_MM = { top: 37, right: 26, bottom: 35, left: 28 } as const;
export const FOLIO = { gapMm: 5, insetPt: 14, sizePt: 14 } as const;

const PX_PER_MM = 96 / 25.4;

/** Height of the text block (版心) in CSS px: the content a page holds. */
export const CONTENT_HEIGHT_PX = (PAGE_MM.height - MARGIN_MM.top - MARGIN_MM.bottom) * PX_PER_MM;

/** Width of a page box in CSS px (for the zoom that fits it to the window). */
export const PAGE_WIDTH_PX = PAGE_MM.width * PX_PER_MM;
export const PAGE_HEIGHT_PX = PAGE_MM.height * PX_PER_MM;
