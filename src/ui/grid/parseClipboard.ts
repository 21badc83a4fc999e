/**
 * Turns clipboard content into rows of text tokens. Excel and WPS put tab-separated text
 * (TSV, quoted when a cell holds a tab, newline or quote) on the clipboard; text typed or
 * copied from a document is split by runs of spaces; a table copied from a web page may only
 * exist as text/html. Tokens are not interpreted here (see pastePlan).
 */

export interface ClipboardContent {
  readonly text: string;
  readonly html: string;
}

export type TokenRows = readonly (readonly string[])[];

/** Excel ends the last row with a line break; a trailing blank line is not a row. */
function dropTrailingBlankRows(rows: string[][]): string[][] {
  const out = [...rows];
  while (out.length > 0 && (out.at(-1) ?? []).every((t) => t.trim() === '')) out.pop();
  return out;
}

function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '"' && field === '') {
      // Quoted field: runs to the closing quote; "" is a literal quote.
      i += 1;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else {
          field += text[i] ?? '';
          i += 1;
        }
      }
      continue;
    }
    if (ch === '\t') {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      endField();
      rows.push(row);
      row = [];
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      field += ch;
    }
    i += 1;
  }
  endField();
  rows.push(row);
  return rows;
}

function parseSpaced(text: string): string[][] {
  return text.split(/\r\n|\n|\r/).map((line) => {
    const trimmed = line.trim();
    return trimmed === '' ? [''] : trimmed.split(/[ \t\u3000\u00a0]+/u);
  });
}

function parseHtmlTable(html: string): string[][] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const table = doc.querySelector('table');
  if (table === null) return [];
  // One token per printed cell: spans are not expanded, a span is one value on the page.
  return Array.from(table.querySelectorAll('tr'), (tr) =>
    Array.from(tr.querySelectorAll('td, th'), (cell) =>
      cell.textContent.replace(/\s+/gu, ' ').trim(),
    ),
  );
}

/** Rows of tokens, or an empty list when the clipboard holds nothing usable. */
export function parseClipboard(content: ClipboardContent): TokenRows {
  const text = content.text.replace(/^\uFEFF/u, '');
  if (text.trim() !== '') {
    return dropTrailingBlankRows(text.includes('\t') ? parseTsv(text) : parseSpaced(text));
  }
  if (content.html.trim() !== '') return dropTrailingBlankRows(parseHtmlTable(content.html));
  return [];
}

/** True when the content is one value (no tab, no line break): pasted into one cell. */
export function isSingleToken(rows: TokenRows): boolean {
  return rows.length === 1 && rows[0]?.length === 1;
}
