// Computed styles that decide where text wraps in a textarea, copied onto a hidden mirror.
const MIRRORED = [
  'box-sizing',
  'width',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-indent',
  'tab-size',
  'word-break',
  'overflow-wrap',
];

/** Distance from the textarea's top to the line holding `position` (mirror-div measurement). */
function caretTop(textarea: HTMLTextAreaElement, position: number): number {
  const style = getComputedStyle(textarea);
  const mirror = document.createElement('div');
  for (const p of MIRRORED) mirror.style.setProperty(p, style.getPropertyValue(p));
  mirror.style.position = 'absolute';
  mirror.style.visibility = 'hidden';
  mirror.style.whiteSpace = 'pre-wrap';
  mirror.style.top = '0';
  mirror.style.left = '-10000px';
  mirror.textContent = textarea.value.slice(0, position);
  const marker = document.createElement('span');
  marker.textContent = '\u200b';
  mirror.append(marker);
  document.body.append(mirror);
  const top = marker.offsetTop;
  mirror.remove();
  return top;
}

/**
 * Scrolls the nearest scrolling ancestor so that the line at `position` sits near the top of
 * the view. An auto-growing textarea never scrolls itself, so the browser would not do it.
 */
export function scrollToPosition(textarea: HTMLTextAreaElement, position: number): void {
  const scroller = textarea.closest('main');
  if (scroller === null) return;
  const offset =
    textarea.getBoundingClientRect().top -
    scroller.getBoundingClientRect().top +
    caretTop(textarea, position);
  scroller.scrollTop += offset - scroller.clientHeight / 3;
}

/**
 * Whether the browser grows a textarea to its text by itself (CSS `field-sizing: content`,
 * set in sections.css): then nothing is measured in script, so typing forces no layout.
 */
const GROWS_BY_ITSELF =
  typeof CSS !== 'undefined' &&
  typeof CSS.supports === 'function' &&
  CSS.supports('field-sizing', 'content');

/**
 * Grows the textarea to fit its text, keeping the page where it was. Only where the browser
 * lacks `field-sizing: content`: the measurement forces a layout of the whole text.
 */
export function fitHeight(textarea: HTMLTextAreaElement): void {
  if (GROWS_BY_ITSELF) return;
  const scroller = textarea.closest('main');
  const top = scroller?.scrollTop;
  const style = getComputedStyle(textarea);
  const borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
  textarea.style.height = 'auto';
  textarea.style.height = `${textarea.scrollHeight + (Number.isNaN(borders) ? 0 : borders)}px`;
  if (scroller !== null && top !== undefined) scroller.scrollTop = top;
}
