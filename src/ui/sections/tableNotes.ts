import type { Format, TableId } from '../../report/definition/types';

type TablePartId = Exclude<TableId, 'disclosureStats'>;

/**
 * A short line under each table heading: what the editor computes and what the format expects.
 * Editor guidance, not format text; 表三's 勾稽关系 itself is printed in the table's corner.
 */
export function tableNote(table: TablePartId, format: Format): string {
  switch (table) {
    case 'proactive':
      return format === '2019'
        ? '“本年增/减”减少时填负数，如 -8；金额单位为万元，可填小数。'
        : '“本年收费金额”单位为万元，可填小数（最多 6 位）。';
    case 'applications':
      return '总计列与（七）总计行自动计算。';
    case 'review':
      return '行政复议和两类行政诉讼的“总计”自动计算。';
  }
}

/** Shown with every table: blank and 0 mean different things. */
export const BLANK_IS_NOT_ZERO = '空白表示尚未填写；没有发生的事项请填 0。';
