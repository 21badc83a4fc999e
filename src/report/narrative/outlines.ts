import type { SectionKey } from '../definition/types';

/**
 * Starter outlines for the narrative sections, inserted only when the user asks (插入提纲).
 * They are format data: 一 follows the five aspects that 国办公开办函〔2021〕30号 lists under
 * （一）总体情况; 五 follows 第五十条（四）; 六 follows the four sub-items observed in reports
 * on the 2021 format (report-format.md §2.2). Each line is a level-2 heading (（一）…).
 */
export const SECTION_OUTLINES: Readonly<Record<SectionKey, readonly string[]>> = {
  overview: [
    '（一）主动公开',
    '（二）依申请公开',
    '（三）政府信息管理',
    '（四）政府信息公开平台建设',
    '（五）监督保障',
  ],
  problems: ['（一）存在的主要问题', '（二）改进情况'],
  other: [
    '（一）收取信息处理费的情况',
    '（二）落实上级年度政务公开工作要点情况',
    '（三）人大代表建议和政协提案办理结果公开情况',
    '（四）年度政务公开工作创新情况',
  ],
};

/** The outline as text: one heading per line, each followed by an empty line to write in. */
export function outlineText(key: SectionKey): string {
  return SECTION_OUTLINES[key].map((heading) => `${heading}\n`).join('\n');
}

/**
 * Inserts the outline at `position` (a caret offset in `text`), on lines of its own: a line
 * break is added before it when the caret is inside a line, and after it when text follows.
 * Returns the new text and the caret offset just after the inserted outline.
 */
export function insertOutline(
  text: string,
  position: number,
  key: SectionKey,
): { readonly text: string; readonly caret: number } {
  const at = Math.max(0, Math.min(position, text.length));
  const before = text.slice(0, at);
  const after = text.slice(at);
  const outline = outlineText(key).replace(/\n+$/u, '');
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const trail = after === '' ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const inserted = `${lead}${outline}${trail}`;
  return { text: before + inserted + after, caret: before.length + lead.length + outline.length };
}
