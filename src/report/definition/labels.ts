import type { RowDef } from './types';

/** Strips a leading part numeral (`四、`) so a row label reads inside a sentence. */
export function withoutNumeral(label: string): string {
  return label.replace(/^[一二三四五六七八九十]+、/, '');
}

/** How a sentence that names several rows names this one: its short form, else its label. */
export function shortLabelOf(row: RowDef): string {
  return row.shortLabel ?? withoutNumeral(row.label);
}
