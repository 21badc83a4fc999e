import { definitionOf } from '../../report/definition/editions';
import type { PartRef } from '../../report/definition/types';
import { titleOf, type ReportDocument } from '../../report/document';
import { titleLines } from '../model/reportBlocks';
import { formatChineseDate } from './date';
import { renderDraftMark } from './draftMark';
import { escapeHtml } from './escape';
import { renderNarrative, renderPlainParagraphs } from './narrative';
import { reportCss } from './styles';
import { renderTableHtml } from './table';

export interface RenderOptions {
  /**
   * true (default): a complete HTML document (the exported file, the print view's frame).
   * false: only `<style>` and the `<article>`, to embed in a page that has its own <head>.
   */
  readonly standalone?: boolean;
}

// No script, no remote anything: the file is opened by other offices, maybe offline.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'self' data:";

function renderPartContent(doc: ReportDocument, ref: PartRef): string {
  switch (ref.kind) {
    case 'section':
      return renderNarrative(doc.sections[ref.key]);
    case 'table':
      return renderTableHtml(doc, ref.id);
  }
}

function renderParts(doc: ReportDocument): string {
  return definitionOf(doc.format)
    .parts.map((part) => {
      const content = part.content
        .map((ref) => renderPartContent(doc, ref))
        .filter((html) => html !== '');
      return [
        '<section class="part">',
        `<h2 class="part-heading">${escapeHtml(part.heading)}</h2>`,
        ...content,
        '</section>',
      ].join('\n');
    })
    .join('\n');
}

/** 发文机关署名 over the 成文日期; the date sits 右空四字 (GB/T 9704 §7.3.5). */
function renderSignoff(doc: ReportDocument): string {
  const date =
    doc.publicationDate === null || doc.publicationDate.trim() === ''
      ? ''
      : `<p class="signoff-date">${escapeHtml(formatChineseDate(doc.publicationDate))}</p>`;
  return [
    '<div class="signoff"><div class="signoff-block">',
    `<p class="signoff-agency">${escapeHtml(doc.agency)}</p>`,
    ...(date === '' ? [] : [date]),
    '</div></div>',
  ].join('\n');
}

/**
 * A title too long for one line breaks before the year, as published titles do
 * (镇海区新闻中心 / 2020年政府信息公开工作年度报告), not wherever the line fills up. The two
 * parts are inline blocks: they share a line when it is wide enough.
 */
function renderTitle(title: string): string {
  const lines = titleLines(title);
  if (lines.length === 1) return escapeHtml(title);
  return lines.map((line) => `<span class="title-part">${escapeHtml(line)}</span>`).join('');
}

function renderArticle(doc: ReportDocument): string {
  return [
    '<article class="report">',
    renderDraftMark(doc),
    `<h1 class="title">${renderTitle(titleOf(doc))}</h1>`,
    renderPlainParagraphs(doc.preface),
    renderParts(doc),
    renderSignoff(doc),
    '</article>',
  ]
    .filter((html) => html !== '')
    .join('\n');
}

/**
 * The report as printable HTML in official-document style (GB/T 9704), built from the
 * edition's definition. Pure string building: runs in Node and in the browser, no DOM. Every
 * user-supplied text is escaped; the document carries no script and fetches nothing.
 */
export function renderReportHtml(doc: ReportDocument, options?: RenderOptions): string {
  const article = renderArticle(doc);
  if (options?.standalone === false) {
    return `<style>\n${reportCss('fragment')}\n</style>\n${article}\n`;
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(titleOf(doc))}</title>`,
    `<style>\n${reportCss('document')}\n</style>`,
    '</head>',
    '<body>',
    article,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
