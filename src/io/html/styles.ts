import { DRAFT_CSS } from './draftMark';

/**
 * Print CSS of the report, after GB/T 9704-2012 (report-format.md §7): A4, 版心 156 × 225 mm,
 * 3号仿宋 body with 22 lines a page, 2号小标宋 title, headings 黑体 / 楷体 / 仿宋, page number
 * "— 1 —" in 4号宋体 under the text block. Fonts name the official faces first (officers'
 * machines have them) and then faces a Linux build machine has; nothing is fetched.
 */

export const FONT_BODY =
  '"仿宋_GB2312", "FangSong_GB2312", FangSong, "仿宋", STFangsong, "Noto Serif CJK SC", "Noto Serif SC", serif';
export const FONT_HEI = '"黑体", SimHei, "Noto Sans CJK SC", sans-serif';
export const FONT_KAI =
  '"楷体_GB2312", KaiTi_GB2312, KaiTi, "楷体", STKaiti, "Noto Serif CJK SC", serif';
/*
 * 小标宋 has a single (heavy) weight, so the title is not bold: bold would smear it. The
 * fallback serif is light, so it is reached through an alias whose only face is the installed
 * bold one (local() reads an installed font; no URL).
 */
const TITLE_FALLBACK = 'Nianbao Title Fallback';
export const FONT_TITLE = `"方正小标宋简体", "方正小标宋_GBK", "华文中宋", STZhongsong, "${TITLE_FALLBACK}", "Noto Serif CJK SC", serif`;
const FONT_PAGE_NUMBER = '"宋体", SimSun, "Noto Serif CJK SC", serif';

// 225 mm / 22 lines = 10.227 mm ≈ 28.9 pt: one line of the 版心 grid.
const LINE = '28.9pt';

const PAGE = `
@font-face {
  font-family: "${TITLE_FALLBACK}";
  src: local("Noto Serif CJK SC Bold"), local("NotoSerifCJKsc-Bold"),
    local("Source Han Serif SC Bold"), local("SourceHanSerifSC-Bold");
}
@page {
  size: A4;
  margin: 37mm 26mm 35mm 28mm;
}
/* GB/T 9704 7.5: 4号 page numbers "— n —" under the 版心; 单页码居右空一字，双页码居左空一字.
   The dashes sit 7 mm under the 版心: 5 mm plus the half-leading of 4号. */
@page :right {
  @bottom-right {
    content: "— " counter(page) " —";
    font-family: ${FONT_PAGE_NUMBER};
    font-size: 14pt;
    vertical-align: top;
    padding-top: 5mm;
    padding-right: 14pt;
  }
}
@page :left {
  @bottom-left {
    content: "— " counter(page) " —";
    font-family: ${FONT_PAGE_NUMBER};
    font-size: 14pt;
    vertical-align: top;
    padding-top: 5mm;
    padding-left: 14pt;
  }
}`;

const REPORT = `
.report {
  color: #000;
  font-family: ${FONT_BODY};
  font-size: 16pt;
  line-height: ${LINE};
  text-align: justify;
  orphans: 2;
  widows: 2;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
.report h1, .report h2, .report h3, .report p { margin: 0; font-weight: normal; font-size: 16pt; }
.report .title {
  font-family: ${FONT_TITLE};
  font-size: 22pt;
  line-height: 36pt;
  text-align: center;
  text-wrap: balance;
  margin-bottom: ${LINE};
}
.report .title-part { display: inline-block; }
.report .body, .report .part-heading, .report .l2, .report .l3, .report .l4 { text-indent: 2em; }
.report .part-heading { font-family: ${FONT_HEI}; break-after: avoid; }
.report .l2 { font-family: ${FONT_KAI}; break-after: avoid; }
.report .l3, .report .l4 { font-family: ${FONT_BODY}; }
.report .form-table {
  width: 100%;
  table-layout: fixed;
  border-collapse: collapse;
  margin: 0.5em 0 ${LINE};
  font-family: ${FONT_BODY};
  font-size: 11pt;
  line-height: 1.35;
  text-align: center;
  text-indent: 0;
  font-variant-numeric: tabular-nums;
}
.report .form-table th, .report .form-table td {
  border: 1px solid #000;
  padding: 1.2mm 1mm;
  vertical-align: middle;
  font-weight: normal;
  overflow-wrap: anywhere;
}
.report .form-table thead { display: table-header-group; }
/* Paper: a table that fits on a page is never cut, so no page starts with rows whose heading
   is on the page before, and none ends with a heading and a row or two (the heading moves to
   the next page with its table). A sub-table of 表二 stays with its caption row. 表三 is
   printed in two pieces, the second on its own page (see tableChunks.ts). */
.report .form-table { break-inside: avoid; }
.report .form-table tbody { break-inside: avoid; }
.report .form-table.continued { break-before: page; }
/* A printed row is never split. A row that starts a group (rowspan) must not carry that rule:
   Chromium would then keep every row the group spans on one page, and 表三's 22-row group
   would leave most of a page empty. Its own cells still stay whole. */
.report .form-table tr { break-inside: avoid; }
.report .form-table tr:has(> [rowspan]) { break-inside: auto; }
.report .form-table tr:has(> [rowspan]) > :not([rowspan]) { break-inside: avoid; }
.report .form-table .label { text-align: left; }
/* Balanced lines: 商业/企业 rather than 商业企/业 in a narrow column. */
.report .form-table .header, .report .form-table .caption, .report .form-table .corner {
  text-wrap: balance;
}
.report .form-table .indent-2 { padding-left: 2em; }
.report .form-table .indent-3 { padding-left: 3em; }
.report .table-applications, .report .table-review { font-size: 10.5pt; }
/* 表三 group cells (三、本年度办理结果, （三）不予公开 …) sit in narrow columns: set upright
   in a vertical line, as the published form does, instead of wrapping mid-bracket
   (see verticalText in table.ts). */
.report .table-applications .group { text-align: center; padding: 1mm 0; }
.report .table-applications .group-text { display: block; width: 1.4em; margin: 0 auto; line-height: 1.15; }
.report .table-applications .group-text > span {
  display: inline-block;
  writing-mode: vertical-rl;
  text-orientation: upright;
}
.report .table-applications .corner { font-size: 9pt; line-height: 1.3; text-align: left; }
.report .signoff {
  margin-top: calc(2 * ${LINE});
  text-align: right;
  break-inside: avoid;
}
/* 成文日期右空四字, the agency centred over it. When the agency name is the longer line it
   takes the 4-character right space and the date is centred under it instead. */
.report .signoff-block { display: inline-block; margin-right: 4em; text-align: center; }
.report .signoff p { text-indent: 0; text-align: center; }`;

// The screen shows the document as an A4 sheet (版心 margins as padding) on grey, so the
// in-app preview looks like the paper it prints to.
const SHEET = `
@media screen {
  .report {
    box-sizing: border-box;
    width: 210mm;
    min-height: 297mm;
    margin: 0 auto;
    padding: 37mm 26mm 35mm 28mm;
    background: #fff;
    box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25);
  }
}`;

// Page-level rules: only a standalone file owns <html> and <body>.
const DOCUMENT = `
@media screen {
  html { background: #e6e6e6; }
  body { margin: 0; padding: 24px 0; }
}
@media print {
  html, body { margin: 0; padding: 0; background: none; }
}`;

/**
 * The whole style sheet. `document` adds the rules for <html>/<body> that a standalone file
 * needs; a fragment embedded in another page must leave that page's own body alone.
 */
export function reportCss(scope: 'document' | 'fragment'): string {
  const css = PAGE + REPORT + DRAFT_CSS + SHEET + (scope === 'document' ? DOCUMENT : '');
  return css.trim();
}
