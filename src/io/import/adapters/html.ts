import { parseDocument } from 'htmlparser2';
import type { SourceDocument, SourceLine } from '../model';
import {
  isElement,
  isText,
  joinPieces,
  localName,
  renderWhitespace,
  type DomElement,
  type DomNode,
} from './domText';

/**
 * HTML (a saved portal page, or the HTML a browser puts on the clipboard) → lines. Parsed with
 * htmlparser2 into an inert tree: nothing is executed, fetched or rendered. Word-exported
 * markup (MsoNormalTable, <o:p>, nested spans, &nbsp;) reads like any other.
 */

/** Elements whose content is never report text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'select',
  'button',
  'textarea',
  'input',
  'nav',
  'head',
  'img',
  'video',
  'audio',
  'canvas',
]);

/** Elements that end a line of text before and after them. */
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'blockquote',
  'pre',
  'center',
  'form',
  'figure',
  'figcaption',
  'caption',
  'address',
  'hr',
  'br',
  'table',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
  'body',
  'html',
]);

function isHidden(element: DomElement): boolean {
  if ('hidden' in element.attribs) return true;
  const style = (element.attribs.style ?? '').toLowerCase().replace(/\s/g, '');
  return (
    style.includes('display:none') ||
    style.includes('mso-hide:all') ||
    style.includes('visibility:hidden')
  );
}

const childElements = (node: DomElement): DomElement[] => node.children.filter(isElement);

/** The rows of a table, through thead/tbody/tfoot, not those of tables nested inside. */
function rowsOf(table: DomElement): DomElement[] {
  const rows: DomElement[] = [];
  for (const child of childElements(table)) {
    const name = localName(child);
    if (name === 'tr') rows.push(child);
    else if (name === 'thead' || name === 'tbody' || name === 'tfoot') rows.push(...rowsOf(child));
  }
  return rows;
}

const cellsOf = (row: DomElement): DomElement[] =>
  childElements(row).filter((c) => localName(c) === 'td' || localName(c) === 'th');

function containsTable(node: DomElement): boolean {
  return childElements(node).some((c) => localName(c) === 'table' || containsTable(c));
}

class LineBuilder {
  readonly lines: SourceLine[] = [];
  private text = '';

  add(text: string): void {
    this.text += text;
  }

  /** Ends the current paragraph (if it has any text). */
  flush(): void {
    const text = this.text.trim();
    if (text !== '') this.lines.push({ cells: [text], tabular: false });
    this.text = '';
  }

  row(cells: readonly string[]): void {
    this.flush();
    this.lines.push({ cells, tabular: true });
  }
}

/** The text of one table cell: its paragraphs and line breaks joined without a separator. */
function cellText(cell: DomElement): string {
  const pieces: string[] = [''];
  const visit = (node: DomNode): void => {
    if (isText(node)) {
      pieces.push(`${pieces.pop() ?? ''}${renderWhitespace(node.data)}`);
      return;
    }
    if (!isElement(node)) return;
    const name = localName(node);
    if (SKIP.has(name) || isHidden(node)) return;
    if (BLOCK.has(name)) pieces.push('');
    node.children.forEach(visit);
    if (BLOCK.has(name)) pieces.push('');
  };
  cell.children.forEach(visit);
  return joinPieces(pieces);
}

function walkTable(table: DomElement, out: LineBuilder): void {
  for (const row of rowsOf(table)) {
    const cells = cellsOf(row).filter((c) => !isHidden(c));
    // A layout row (one cell, or a cell holding a table) is a container, not a data row.
    if (cells.length <= 1 || cells.some(containsTable)) {
      out.flush();
      for (const cell of cells) walkChildren(cell, out);
      out.flush();
    } else {
      out.row(cells.map(cellText));
    }
  }
}

function walk(node: DomNode, out: LineBuilder): void {
  if (isText(node)) {
    out.add(renderWhitespace(node.data));
    return;
  }
  if (!isElement(node)) return; // comments (Word's conditional comments), directives
  const name = localName(node);
  if (SKIP.has(name) || isHidden(node)) return;
  if (name === 'table') {
    out.flush();
    walkTable(node, out);
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.flush();
  walkChildren(node, out);
  if (block) out.flush();
}

function walkChildren(node: DomElement, out: LineBuilder): void {
  for (const child of node.children) walk(child, out);
}

function pageTitleOf(root: DomNode[]): string | undefined {
  for (const node of root) {
    if (!isElement(node)) continue;
    if (localName(node) === 'title') return renderWhitespace(cellText(node)).trim();
    const inner = pageTitleOf(node.children);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

export function htmlToDocument(html: string): SourceDocument {
  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const out = new LineBuilder();
  for (const node of dom.children) walk(node, out);
  out.flush();
  const pageTitle = pageTitleOf(dom.children);
  return { lines: out.lines, wrapped: false, ...(pageTitle === undefined ? {} : { pageTitle }) };
}
