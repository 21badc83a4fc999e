import type { ColumnDef, Format, LayoutCell, RowDef, TableDef } from './types';

/**
 * 表二 is four (2021) or five (2019) stacked sub-tables, each with a caption row
 * `第二十条第（…）项`, a header row starting `信息内容`, and its data rows. The printed grid has
 * four columns; a sub-table with fewer value columns lets its last one span the rest.
 */
interface Block {
  readonly caption: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly { readonly id: string; readonly label: string }[];
}

const GRID_COLUMNS = 4;

const count = (id: string, label: string): ColumnDef => ({ id, label, kind: 'count' });

const BLOCKS_2021: readonly Block[] = [
  {
    caption: '第二十条第（一）项',
    columns: [
      count('issued', '本年制发件数'),
      count('repealed', '本年废止件数'),
      count('inForce', '现行有效件数'),
    ],
    rows: [
      { id: 'rules', label: '规章' },
      { id: 'normativeDocs', label: '行政规范性文件' },
    ],
  },
  {
    caption: '第二十条第（五）项',
    columns: [count('decisions', '本年处理决定数量')],
    rows: [{ id: 'licensing', label: '行政许可' }],
  },
  {
    caption: '第二十条第（六）项',
    columns: [count('decisions', '本年处理决定数量')],
    rows: [
      { id: 'penalty', label: '行政处罚' },
      { id: 'enforcement', label: '行政强制' },
    ],
  },
  {
    caption: '第二十条第（八）项',
    columns: [{ id: 'amount', label: '本年收费金额（单位：万元）', kind: 'money' }],
    rows: [{ id: 'fees', label: '行政事业性收费' }],
  },
];

const ITEMS_2019: readonly ColumnDef[] = [
  count('lastYearItems', '上一年项目数量'),
  { id: 'change', label: '本年增/减', kind: 'signed' },
  count('decisions', '处理决定数量'),
];

const BLOCKS_2019: readonly Block[] = [
  {
    caption: '第二十条第（一）项',
    columns: [
      count('made', '本年新制作数量'),
      count('published', '本年新公开数量'),
      count('totalPublished', '对外公开总数量'),
    ],
    rows: [
      { id: 'rules', label: '规章' },
      { id: 'normativeDocs', label: '规范性文件' },
    ],
  },
  {
    caption: '第二十条第（五）项',
    columns: ITEMS_2019,
    rows: [
      { id: 'licensing', label: '行政许可' },
      { id: 'otherServices', label: '其他对外管理服务事项' },
    ],
  },
  {
    caption: '第二十条第（六）项',
    columns: ITEMS_2019,
    rows: [
      { id: 'penalty', label: '行政处罚' },
      { id: 'enforcement', label: '行政强制' },
    ],
  },
  {
    caption: '第二十条第（八）项',
    columns: ITEMS_2019.slice(0, 2),
    rows: [{ id: 'fees', label: '行政事业性收费' }],
  },
  {
    caption: '第二十条第（九）项',
    columns: [count('items', '采购项目数量'), { id: 'amount', label: '采购总金额', kind: 'money' }],
    rows: [{ id: 'procurement', label: '政府集中采购' }],
  },
];

/** Column span of the i-th value column of a block: the last one fills the grid. */
function spanOf(block: Block, index: number): number | undefined {
  const isLast = index === block.columns.length - 1;
  const span = GRID_COLUMNS - block.columns.length;
  return isLast && span > 1 ? span : undefined;
}

function blockLayout(block: Block): LayoutCell[][] {
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

export function proactiveTable(format: Format): TableDef {
  const blocks = format === '2019' ? BLOCKS_2019 : BLOCKS_2021;
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
