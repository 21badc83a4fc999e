/**
 * What every adapter hands to recognition: the document as lines in reading order. A line is
 * a paragraph (one cell) or a table row (its cells, each printed cell once, however many grid
 * columns it spans). Recognition works on this alone, so HTML, DOCX, PDF and text share it.
 */
export interface SourceLine {
  /** The texts of the line's cells, whitespace kept as printed. */
  readonly cells: readonly string[];
  /**
   * True when the cells are a real table row (HTML/DOCX row, tab-separated copy): an empty
   * cell is a blank value. False for lines laid out with spaces (PDF, pdftotext), where a
   * blank cell leaves no trace and the cells are found by gaps.
   */
  readonly tabular: boolean;
  /** Layout text only: the display column where each cell starts, to place values under headers. */
  readonly starts?: readonly number[];
  /** Leading indent in columns (layout text only): a paragraph's first line is indented. */
  readonly indent?: number;
  /**
   * An empty cell of a text that writes one cell a line (a lone `|` where cells are closed by
   * pipes): a blank value, where an empty line would carry nothing.
   */
  readonly emptyCell?: boolean;
  /** A page break came before this line (layout text), so a paragraph may continue over it. */
  readonly afterPageBreak?: boolean;
}

/** The lines of a document plus what the adapter knows about where it came from. */
export interface SourceDocument {
  readonly lines: readonly SourceLine[];
  /** Lines that wrap at a fixed width (PDF, pdftotext): paragraphs are rebuilt from them. */
  readonly wrapped: boolean;
  /** The page's own title (HTML <title>), a fallback for agency and year. */
  readonly pageTitle?: string;
}
