import { ROW_LABEL_ALIASES } from '../../../report/definition/importVocabulary';
import type { RowDef, TableDef, TableId } from '../../../report/definition/types';
import { editDistance, labelKey } from '../normalize';

/** The keys a row may be printed with: its print label, its full label, then aliases. */
export function rowKeys(table: TableId, row: RowDef): string[] {
  const aliases = ROW_LABEL_ALIASES[table]?.[row.id] ?? [];
  const keys = [row.printLabel, row.label, ...aliases].map(labelKey);
  return [...new Set(keys)];
}

/** `(三)1.属于国家秘密` → `属于国家秘密`: the label without its numbering. */
function core(key: string): string {
  return key
    .replace(/^(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+\.)/, '')
    .replace(/^\d+\./, '');
}

/**
 * How well a text (label key) names a label key: 3 the same, 2 the label inside the text
 * (group label or unit around it) or the label without its number, 1 the start of a label
 * that wraps onto the next line, or one typo per ten characters; 0 not this label.
 */
export function matchQuality(text: string, label: string): number {
  if (text === label) return 3;
  if (label.length >= 4 && (text.endsWith(label) || text.startsWith(label))) return 2;
  const labelCore = core(label);
  if (labelCore.length >= 4 && labelCore !== label) {
    if (text === labelCore || core(text) === labelCore) return 2;
  }
  const minPrefix = Math.min(8, label.length - 1);
  if (
    text.length >= Math.max(minPrefix, 5) &&
    text.length < label.length &&
    label.startsWith(text)
  ) {
    return 1;
  }
  if (label.length >= 5) {
    const limit = Math.max(1, Math.floor(label.length / 10));
    if (editDistance(text, label, limit) <= limit) return 1;
    if (text.length >= 8 && text.length < label.length) {
      if (editDistance(text, label.slice(0, text.length), 1) <= 1) return 1;
    }
  }
  return 0;
}

/** The best quality over a row's keys. */
export function rowMatch(text: string, keys: readonly string[]): number {
  let best = 0;
  for (const key of keys) best = Math.max(best, matchQuality(text, key));
  return best;
}

/**
 * The keys of the texts a table prints in its header and group cells that are no row's label
 * (`第二十条第（一）项`, `信息内容`, `（三）不予公开`). Such a cell is never a row's label, even
 * where it starts one (a Markdown copy of a spanning group cell puts it on a row of its own
 * with empty cells after it, which would otherwise read as a row of blanks).
 */
export function groupKeys(table: TableDef): ReadonlySet<string> {
  const rowKeySet = new Set(table.rows.flatMap((row) => rowKeys(table.id, row)));
  const texts = [...table.layout.header, ...table.layout.body]
    .flat()
    .flatMap((cell) => (cell.type === 'text' ? [labelKey(cell.text)] : []));
  return new Set(texts.filter((key) => !rowKeySet.has(key)));
}

/** True when the text is one of the group texts, or one of them with one typo (`第二十条(五)项`). */
export function isGroupText(key: string, groups: ReadonlySet<string>): boolean {
  if (groups.has(key)) return true;
  for (const group of groups) {
    if (group.length >= 6 && editDistance(key, group, 1) <= 1) return true;
  }
  return false;
}
