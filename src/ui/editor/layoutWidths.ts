/**
 * Below this window width (CSS pixels: 1366 px at 125 % zoom is 1093) the check list, at its
 * open width, would squeeze 表三 under its minimum width; it then starts collapsed to an edge
 * until the user opens it. Keep in step with the widths in editor.css.
 */
export const NARROW_EDITOR_QUERY = '(max-width: 1239px)';
