import type { Format, SectionKey } from '../definition/types';
import { sectionOutline } from './outlines';

/**
 * Whether a narrative section says anything yet. The starter outline on its own (插入提纲, then
 * nothing under the headings) and placeholders that stand for text still to come (“（见原文）”,
 * “（略）”, “待补充” …) do not: a section holding only those is still 待填写, not 已完成.
 */

/** A line that only holds the place of text: optional brackets, a placeholder word, a full stop. */
const PLACEHOLDER =
  /^[（(【[]?\s*(?:见原文|详见原文|略|此处略|待补充|待填写|待完善|此处填写[^）)】\]]*|请填写[^）)】\]]*|内容略|TODO)\s*[）)】\]]?[。.]?$/iu;

/** A bare heading number with nothing after it: （一）, 一、, 1. */
const BARE_NUMBER =
  /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])$/u;

function isFiller(line: string, outline: ReadonlySet<string>): boolean {
  return line === '' || outline.has(line) || PLACEHOLDER.test(line) || BARE_NUMBER.test(line);
}

export function hasSubstance(text: string, format: Format, key: SectionKey): boolean {
  const outline = new Set(sectionOutline(format, key).map((l) => l.replace(/[\s\u3000]+/gu, '')));
  // Line by line, stopping at the first that says something: the editor asks on every
  // keystroke, and a long section need not be split whole for an answer its first lines give.
  for (let start = 0; start <= text.length;) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    const line = text.slice(start, stop).replace(/[\s\u3000]+/gu, '');
    if (!isFiller(line, outline)) return true;
    start = stop + 1;
  }
  return false;
}
