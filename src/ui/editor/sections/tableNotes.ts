import { definitionOf } from '../../../report/definition/editions';
import type { Format, TableId } from '../../../report/definition/types';

/**
 * A short line under each table heading: what the editor computes and what the format expects.
 * Editor guidance declared by the edition; 表三's 勾稽关系 itself is printed in the table's corner.
 */
export function tableNote(table: TableId, format: Format): string {
  return definitionOf(format).tableNotes[table] ?? '';
}

/** Shown with every table: blank and 0 mean different things. */
export const BLANK_IS_NOT_ZERO = '空白表示尚未填写；没有发生的事项请填 0。';
