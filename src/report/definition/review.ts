import type { ColumnDef, LayoutCell, RowDef, TableDef } from './types';

/** 表四 columns of each group, in printed order. */
export const REVIEW_COLUMNS: readonly ColumnDef[] = [
  { id: 'upheld', label: '结果维持', kind: 'count' },
  { id: 'corrected', label: '结果纠正', kind: 'count' },
  { id: 'other', label: '其他结果', kind: 'count' },
  { id: 'pending', label: '尚未审结', kind: 'count' },
  { id: 'total', label: '总计', kind: 'count', computed: true },
];

const REVIEW_ROWS: readonly RowDef[] = [
  { id: 'reconsideration', label: '行政复议', printLabel: '行政复议', columns: REVIEW_COLUMNS },
  {
    id: 'litigationDirect',
    label: '行政诉讼·未经复议直接起诉',
    printLabel: '未经复议直接起诉',
    columns: REVIEW_COLUMNS,
  },
  {
    id: 'litigationAfterReconsideration',
    label: '行政诉讼·复议后起诉',
    printLabel: '复议后起诉',
    columns: REVIEW_COLUMNS,
  },
];

const header = (text: string, span?: { colSpan?: number; rowSpan?: number }): LayoutCell => ({
  type: 'text',
  role: 'header',
  text,
  ...span,
});

/** 表四 is printed as one row of 15 cells under a three-row header (same in both editions). */
export function reviewTable(): TableDef {
  const inputColumns = REVIEW_COLUMNS.filter((c) => c.computed !== true);
  const groupWidth = REVIEW_COLUMNS.length;
  const [reconsideration, direct, after] = REVIEW_ROWS;
  return {
    id: 'review',
    title: '四、政府信息公开行政复议、行政诉讼情况',
    shortName: '表四',
    rows: REVIEW_ROWS,
    formulas: REVIEW_ROWS.map((row) => ({
      target: { table: 'review', row: row.id, column: 'total' },
      terms: inputColumns.map((c) => ({ table: 'review', row: row.id, column: c.id })),
    })),
    layout: {
      columnCount: groupWidth * 3,
      header: [
        [
          header(reconsideration?.printLabel ?? '', { colSpan: groupWidth }),
          header('行政诉讼', { colSpan: groupWidth * 2 }),
        ],
        [
          ...REVIEW_COLUMNS.map((c) => header(c.label, { rowSpan: 2 })),
          header(direct?.printLabel ?? '', { colSpan: groupWidth }),
          header(after?.printLabel ?? '', { colSpan: groupWidth }),
        ],
        [...REVIEW_COLUMNS, ...REVIEW_COLUMNS].map((c) => header(c.label)),
      ],
      body: [
        REVIEW_ROWS.flatMap((row) =>
          REVIEW_COLUMNS.map((c): LayoutCell => ({ type: 'value', row: row.id, column: c.id })),
        ),
      ],
      columnWidths: Array.from({ length: groupWidth * 3 }, () => 1),
    },
  };
}
