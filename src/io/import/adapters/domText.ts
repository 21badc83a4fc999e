import { ElementType, type parseDocument } from 'htmlparser2';

/**
 * Helpers over htmlparser2's inert tree (domhandler nodes): nothing here is ever put into a
 * live document, so scripts, event attributes and images in an imported page do nothing.
 */
export type DomDocument = ReturnType<typeof parseDocument>;
export type DomNode = DomDocument['children'][number];
export type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;

export type DomText = Extract<DomNode, { data: string }>;

export const isText = (node: DomNode): node is DomText =>
  node.type === ElementType.Text && 'data' in node;

export const isElement = (node: DomNode): node is DomElement => 'attribs' in node && 'name' in node;

/** Local name without a namespace prefix, lower case: `w:tc` → `tc`, `o:p` → `p`. */
export function localName(element: DomElement): string {
  const name = element.name.toLowerCase();
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const CJK_BREAK = new RegExp(`([${CJK}])[ \\t\\r\\f]*\\n[ \\t\\r\\n\\f]*(?=[${CJK}])`, 'g');

/**
 * Source whitespace as a browser renders it: a line break between two CJK characters
 * disappears (Word wraps long lines in its HTML), other runs of spaces become one space.
 * No-break spaces are kept: they are printed, and tell an empty cell from a missing one.
 */
export function renderWhitespace(text: string): string {
  return text.replace(CJK_BREAK, '$1').replace(/[ \t\r\n\f]+/g, ' ');
}

/** Joins the text pieces of one table cell: no space where CJK meets CJK. */
export function joinPieces(pieces: readonly string[]): string {
  return pieces
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .reduce((acc, p) => {
      if (acc === '') return p;
      return /[A-Za-z0-9]$/.test(acc) && /^[A-Za-z0-9]/.test(p) ? `${acc} ${p}` : acc + p;
    }, '');
}
