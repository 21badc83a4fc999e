/**
 * A published report the user handed over to be imported: a chosen or dropped file (its
 * bytes; the importer tells the kind by the name's ending, then by content), or what was
 * pasted from the clipboard. Nothing of it is stored until the user confirms the review.
 */
export type ImportSource =
  | { readonly origin: 'file'; readonly name: string; readonly bytes: Uint8Array }
  | {
      readonly origin: 'paste';
      readonly name: string;
      /** The clipboard's text/html (tables keep their cells); may be empty. */
      readonly html: string;
      /** The clipboard's text/plain, used when there is no HTML. */
      readonly text: string;
    };

/** The name a paste is shown under. */
export const PASTE_NAME = '粘贴的内容';
