import { definitionOf } from '../definition/editions';
import type { Format, SectionKey } from '../definition/types';

/**
 * Starter outlines for the narrative sections, inserted only when the user asks (插入提纲).
 * They are format data, declared by each edition (`outlines`); each line is a level-2 heading.
 */
export function sectionOutline(format: Format, key: SectionKey): readonly string[] {
  return definitionOf(format).outlines[key];
}

/** The outline as text: one heading per line, each followed by an empty line to write in. */
export function outlineText(format: Format, key: SectionKey): string {
  return sectionOutline(format, key)
    .map((heading) => `${heading}\n`)
    .join('\n');
}

/**
 * Inserts the outline at `position` (a caret offset in `text`), on lines of its own: a line
 * break is added before it when the caret is inside a line, and after it when text follows.
 * Returns the new text and the caret offset just after the inserted outline.
 */
export function insertOutline(
  text: string,
  position: number,
  format: Format,
  key: SectionKey,
): { readonly text: string; readonly caret: number } {
  const at = Math.max(0, Math.min(position, text.length));
  const before = text.slice(0, at);
  const after = text.slice(at);
  const outline = outlineText(format, key).replace(/\n+$/u, '');
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const trail = after === '' ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const inserted = `${lead}${outline}${trail}`;
  return { text: before + inserted + after, caret: before.length + lead.length + outline.length };
}
