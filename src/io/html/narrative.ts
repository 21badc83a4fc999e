import { classifyLine, narrativeLines, type NarrativeLevel } from '../../report/narrative/headings';
import { escapeHtml } from './escape';

/**
 * Element and class per level. Level 2 （一） is a real heading (h3 under the part's h2, so the
 * PDF outline and screen readers see it); levels 3 and 4 are often run-in ("（1）标题。正文…"),
 * so they stay paragraphs. styles.ts gives each the GB/T 9704 font (2 楷体, 3 and 4 仿宋).
 */
const MARKUP: Readonly<
  Record<NarrativeLevel, { readonly tag: string; readonly className: string }>
> = {
  0: { tag: 'p', className: 'body' },
  2: { tag: 'h3', className: 'l2' },
  3: { tag: 'p', className: 'l3' },
  4: { tag: 'p', className: 'l4' },
};

/** One narrative paragraph or sub-heading, escaped. */
export function renderLine(line: string): string {
  const { level, text } = classifyLine(line);
  const { tag, className } = MARKUP[level];
  return `<${tag} class="${className}">${escapeHtml(text)}</${tag}>`;
}

/** A narrative text (one paragraph per line) as HTML; '' when it is empty. */
export function renderNarrative(text: string): string {
  return narrativeLines(text).map(renderLine).join('\n');
}

/** Plain paragraphs without heading recognition (the preface is never a heading). */
export function renderPlainParagraphs(text: string): string {
  return narrativeLines(text)
    .map((line) => `<p class="body">${escapeHtml(line)}</p>`)
    .join('\n');
}
