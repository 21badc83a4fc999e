/** The text of a cell after one `beforeinput`, and where the caret goes. */
export interface TypedText {
  readonly text: string;
  readonly caret: number;
}

/** Length of the character before `at` (2 for a surrogate pair, so it is never split). */
function charBefore(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return at >= 2 && code >= 0xdc00 && code <= 0xdfff ? 2 : 1;
}

/** Length of the character from `at`. */
function charAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return at + 1 < text.length && code >= 0xd800 && code <= 0xdbff ? 2 : 1;
}

/**
 * What the browser would make of the cell's text for the input types a cell edits itself
 * (typing a character, Backspace, Delete), or `null` to leave any other input (IME, word
 * deletion, drops, spelling replacements …) to the browser.
 *
 * Why a cell applies these itself: letting the browser insert the character and then updating
 * the totals in the `input` event makes the browser lay the page out twice per keystroke (once
 * to insert, once more after the input handler changed the table). Applied in `beforeinput`,
 * the text and the totals change together and the next frame lays the page out once.
 */
export function typedText(
  value: string,
  start: number,
  end: number,
  inputType: string,
  data: string | null,
): TypedText | null {
  const from = Math.max(0, Math.min(start, end, value.length));
  const to = Math.min(value.length, Math.max(start, end));
  const splice = (a: number, b: number, insert: string): TypedText => ({
    text: value.slice(0, a) + insert + value.slice(b),
    caret: a + insert.length,
  });
  switch (inputType) {
    case 'insertText':
      return data === null || data === '' ? null : splice(from, to, data);
    case 'deleteContentBackward':
      if (from !== to) return splice(from, to, '');
      return from === 0 ? null : splice(from - charBefore(value, from), from, '');
    case 'deleteContentForward':
      if (from !== to) return splice(from, to, '');
      return from >= value.length ? null : splice(from, from + charAt(value, from), '');
    default:
      return null;
  }
}
