/**
 * Page, type and spacing of the DOCX after GB/T 9704-2012 (report-format.md §7), in the units
 * OOXML wants: twentieths of a point (twips) for lengths, half-points for font sizes.
 */
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

/** A4, 210 × 297 mm. */
export const PAGE = { width: mm(210), height: mm(297) } as const;
/** 天头 37, 下白边 35, 订口 28, 翻口 26 mm: a 版心 of 156 × 225 mm. */
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/**
 * The page number's dashes sit 7 mm under the 版心 (§7.5). Word measures the footer from the
 * page's bottom edge to the foot of its line: 35 − 7 mm, less one 4号 line (≈ 5 mm).
 */
export const FOOTER_DISTANCE = mm(23);

/** Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt; tables in 五号/小四. */
export const SIZE = {
  title: 44,
  body: 32,
  pageNumber: 28,
  table: 22,
  denseTable: 21,
  corner: 18,
} as const;

/** 225 mm / 22 lines ≈ 28.9 pt: one line of the 版心 grid, set as exact line spacing. */
export const LINE = 578;
export const TITLE_LINE = 720;
/** One character of 3号 body text (16 pt), for 首行缩进二字 and 右空四字. */
export const BODY_CHAR = 320;

/**
 * Font names as they are installed on government office PCs (Windows, WPS). A machine without
 * them substitutes its own CJK face; the names stay so that WPS picks the right one.
 */
export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;
