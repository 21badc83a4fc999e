import type { ReportDocument } from '../../report/document';
import { escapeHtml } from '../html/escape';
import { printedTable, type PrintedCell, type PrintedTable } from '../model/printedTable';
import { reportBlocks, type ReportBlock } from '../model/reportBlocks';

/**
 * The report for a portal's CMS: plain elements with the few inline styles a CMS keeps (no
 * <style>, no class names that mean nothing there, no script, no URL). Tables carry their
 * borders on every cell, so they survive an editor that strips table attributes.
 */
const CELL = 'border:1px solid #000;padding:4px 6px;vertical-align:middle';
const TABLE = 'border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:14px';

function spans(cell: PrintedCell): string {
  return (
    (cell.colSpan > 1 ? ` colspan="${String(cell.colSpan)}"` : '') +
    (cell.rowSpan > 1 ? ` rowspan="${String(cell.rowSpan)}"` : '')
  );
}

/** A vertical group label one character a line, which every CMS keeps (writing-mode is not). */
function cellContent(cell: PrintedCell): string {
  if (cell.type === 'text' && cell.vertical) {
    return Array.from(cell.text, (ch) => escapeHtml(ch)).join('<br>');
  }
  return escapeHtml(cell.text);
}

function fragmentCell(cell: PrintedCell): string {
  const left =
    cell.type === 'text' && (cell.role === 'label' || cell.role === 'corner') && !cell.vertical;
  const align = left ? 'left' : 'center';
  const indent =
    cell.type === 'text' && cell.indent > 1 ? `;padding-left:${String(cell.indent)}em` : '';
  const header = cell.type === 'text' && cell.role !== 'unit' && cell.role !== 'none';
  const tag = header ? 'th' : 'td';
  const weight = header ? ';font-weight:normal' : '';
  return `<${tag}${spans(cell)} style="${CELL};text-align:${align}${weight}${indent}">${cellContent(cell)}</${tag}>`;
}

function fragmentTable(printed: PrintedTable): string {
  const rows = (list: readonly (readonly PrintedCell[])[]): string =>
    list.map((row) => `<tr>${row.map(fragmentCell).join('')}</tr>`).join('\n');
  const head =
    printed.headerRows.length > 0 ? `<thead>\n${rows(printed.headerRows)}\n</thead>\n` : '';
  return `<table border="1" cellspacing="0" cellpadding="4" style="${TABLE}">\n${head}<tbody>\n${rows(printed.bodyRows)}\n</tbody>\n</table>`;
}

const INDENT = 'text-indent:2em;line-height:1.8;margin:0 0 4px';

function fragmentBlock(doc: ReportDocument, block: ReportBlock): string {
  switch (block.kind) {
    case 'title':
      return `<h1 style="text-align:center;font-weight:normal">${block.lines.map(escapeHtml).join('<br>')}</h1>`;
    case 'partHeading':
      return `<h2 style="${INDENT};font-size:1em;font-weight:bold">${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return block.level === 2
        ? `<h3 style="${INDENT};font-size:1em;font-weight:bold">${escapeHtml(block.text)}</h3>`
        : `<p style="${INDENT}">${escapeHtml(block.text)}</p>`;
    case 'table': {
      const printed = printedTable(doc, block.table);
      return printed === null ? '' : fragmentTable(printed);
    }
    case 'signoff':
      return [block.agency, ...(block.date === null ? [] : [block.date])]
        .map((line) => `<p style="text-align:right;margin:0 2em 0 0">${escapeHtml(line)}</p>`)
        .join('\n');
  }
}

/** The portal HTML fragment (offered as a file and copied to the clipboard as text/html). */
export function renderFragment(doc: ReportDocument): string {
  return `${reportBlocks(doc)
    .map((block) => fragmentBlock(doc, block))
    .filter((html) => html !== '')
    .join('\n')}\n`;
}

/** The same report as plain text (the clipboard's text/plain): tables as tab-separated rows. */
export function renderPlainText(doc: ReportDocument): string {
  const lines: string[] = [];
  for (const block of reportBlocks(doc)) {
    switch (block.kind) {
      case 'title':
        lines.push(block.text, '');
        break;
      case 'partHeading':
      case 'paragraph':
        lines.push(`\u3000\u3000${block.text}`);
        break;
      case 'table': {
        const printed = printedTable(doc, block.table);
        if (printed === null) break;
        for (const row of [...printed.headerRows, ...printed.bodyRows]) {
          lines.push(row.map((cell) => cell.text).join('\t'));
        }
        lines.push('');
        break;
      }
      case 'signoff':
        lines.push('', block.agency, ...(block.date === null ? [] : [block.date]));
        break;
    }
  }
  return `${lines.join('\n')}\n`;
}
