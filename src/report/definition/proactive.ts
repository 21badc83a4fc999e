import type { ColumnDef, LayoutCell, RowDef, TableDef } from './types';

/**
 * 表二 is a few stacked sub-tables (declared by each edition), each with a caption row
 * `第二十条第（…）项`, a header row starting `信息内容`, and its data rows. The printed grid has
 * four columns; a sub-table with fewer value columns lets its last one span the rest.
 */
export interface ProactiveBlock {
  readonly caption: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly { readonly id: string; readonly label: string }[];
}

const GRID_COLUMNS = 4;

/** A count column of a sub-table. */
export const count = (id: string, label: string): ColumnDef => ({ id, label, kind: 'count' });

/** Column span of the i-th value column of a block: the last one fills the grid. */
function spanOf(block: ProactiveBlock, index: number): number | undefined {
  const isLast = index === block.columns.length - 1;
  const span = GRID_COLUMNS - block.columns.length;
  return isLast && span > 1 ? span : undefined;
}

function blockLayout(block: ProactiveBlock): LayoutCell[][] {
  const withSpan = <T extends object>(cell: T, span: number | undefined): T =>
    span === undefined ? cell : { ...cell, colSpan: span };
  return [
    [{ type: 'text', role: 'caption', text: block.caption, colSpan: GRID_COLUMNS }],
    [
      { type: 'text', role: 'header', text: '信息内容' },
      ...block.columns.map((c, i) =>
        withSpan<LayoutCell>({ type: 'text', role: 'header', text: c.label }, spanOf(block, i)),
      ),
    ],
    ...block.rows.map((row): LayoutCell[] => [
      { type: 'text', role: 'label', text: row.label },
      ...block.columns.map((c, i) =>
        withSpan<LayoutCell>({ type: 'value', row: row.id, column: c.id }, spanOf(block, i)),
      ),
    ]),
  ];
}

/** 表二 of an edition, from its stacked sub-tables. */
export function proactiveTable(blocks: readonly ProactiveBlock[]): TableDef {
  const rows: RowDef[] = blocks.flatMap((block) =>
    block.rows.map((row) => ({
      id: row.id,
      label: `${block.caption} ${row.label}`,
      printLabel: row.label,
      columns: block.columns,
    })),
  );
  return {
    id: 'proactive',
    title: '二、主动公开政府信息情况',
    shortName: '表二',
    rows,
    formulas: [],
    layout: {
      columnCount: GRID_COLUMNS,
      header: [],
      body: blocks.flatMap(blockLayout),
      columnWidths: [3, 2, 2, 2],
    },
  };
}
