import {
  createColumnHelper,
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
  type PaginationState,
  type SortingState,
} from '@tanstack/react-table';
import { memo, useState, type ReactNode } from 'react';
import {
  KEY_FIGURE_LABELS,
  KEY_FIGURE_ROLES,
  type KeyFigureRole,
} from '../../report/definition/keyFigures';
import { AGENCY_LEVEL_LABELS } from '../../report/agencyLevels';
import { changePercent, TIMELINESS_LABELS } from '../../io/review/unitTable';
import { isLate, type UnitRow } from './unitRows';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});
const helper = createColumnHelper<typeof features, UnitRow>();
export const PAGE_SIZE = 50;

function Change({ value }: { readonly value: number | null }) {
  if (value === null) return null;
  const big = Math.abs(value) > 50;
  return (
    <span className={big ? 'review-change review-change--big' : 'review-change'}>
      同比{value > 0 ? '+' : ''}
      {value}%
    </span>
  );
}

function figureColumn(role: KeyFigureRole) {
  return helper.accessor((r) => r.summary.keyFigures[role] ?? -1, {
    id: role,
    header: KEY_FIGURE_LABELS[role],
    cell: ({ row }) => {
      const value = row.original.summary.keyFigures[role];
      return (
        <>
          <span className="review-num">{value ?? '—'}</span>
          <Change value={changePercent(row.original.change?.[role])} />
        </>
      );
    },
  });
}

const count = (id: 'errors' | 'warnings' | 'acknowledged' | 'notAssessable', header: string) =>
  helper.accessor((r) => r.summary[id], {
    id,
    header,
    cell: ({ getValue }) => {
      const n = getValue();
      return <span className={n > 0 ? `review-num review-count--${id}` : 'review-num'}>{n}</span>;
    },
  });

function columns(onOpen: (row: UnitRow) => void) {
  return helper.columns([
    helper.accessor((r) => r.summary.agency, {
      id: 'agency',
      header: '机关',
      sortFn: 'alphanumeric',
      cell: ({ row }) => {
        const r = row.original;
        return (
          <div className="review-unit">
            <button
              type="button"
              className="review-unit__open"
              onClick={() => {
                onOpen(r);
              }}
            >
              {r.summary.agency === '' ? '（未填机关名称）' : r.summary.agency}
            </button>
            <span className="review-unit__file">{r.summary.file}</span>
            {r.superseded ? <span className="review-tag">已被较新文件取代</span> : null}
          </div>
        );
      },
    }),
    helper.accessor(
      (r) => (r.summary.agencyLevel === null ? '' : AGENCY_LEVEL_LABELS[r.summary.agencyLevel]),
      {
        id: 'level',
        header: '层级',
        sortFn: 'alphanumeric',
      },
    ),
    helper.accessor((r) => r.summary.year, { id: 'year', header: '年度' }),
    helper.accessor((r) => r.summary.format, {
      id: 'format',
      header: '格式',
      cell: ({ getValue }) => `${getValue()} 版`,
    }),
    helper.accessor((r) => r.summary.publicationDate ?? '', {
      id: 'published',
      header: '发布日期',
      sortFn: 'alphanumeric',
      cell: ({ row }) => {
        const s = row.original.summary;
        return (
          <div className="review-date">
            <span>{s.publicationDate ?? '未填'}</span>
            <span className={isLate(s) ? 'review-tag review-tag--late' : 'review-date__deadline'}>
              {isLate(s) ? TIMELINESS_LABELS[s.timeliness] : `期限 ${s.deadline}`}
            </span>
          </div>
        );
      },
    }),
    count('errors', '错误'),
    count('warnings', '警告'),
    count('acknowledged', '已确认'),
    count('notAssessable', '待填写'),
    ...KEY_FIGURE_ROLES.map(figureColumn),
    helper.accessor((r) => r.cross.length, {
      id: 'cross',
      header: '跨单位',
      cell: ({ getValue }) =>
        getValue() === 0 ? '' : <span className="review-tag">{getValue()} 项</span>,
    }),
  ]);
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** Memoised: rendered with deferred rows, it must skip renders whose rows did not change. */
export const UnitTable = memo(function UnitTable({
  rows,
  onOpen,
  caption,
}: {
  readonly rows: readonly UnitRow[];
  readonly onOpen: (row: UnitRow) => void;
  readonly caption: ReactNode;
}) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [pagination, setPagination] = useState<PaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  });
  const [cols] = useState(() => columns(onOpen));
  const table = useTable({
    features,
    columns: cols,
    data: rows,
    getRowId: (r) => r.summary.file,
    state: { sorting, pagination },
    onSortingChange: setSorting,
    onPaginationChange: setPagination,
  });
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  return (
    <div className="review-table">
      <div className="review-table__scroll">
        <table className="review-table__table">
          <caption className="review-table__caption">{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === false ? undefined : ARIA_SORT[sorted]}
                    >
                      <button
                        type="button"
                        className="review-table__sort"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="review-table__arrow">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr
                key={row.id}
                data-unit={row.original.summary.file}
                className={row.original.summary.errors > 0 ? 'review-row--errors' : undefined}
              >
                {row.getAllCells().map((cell) =>
                  cell.column.id === 'agency' ? (
                    <th key={cell.id} scope="row">
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pageCount > 1 ? (
        <nav className="review-pages" aria-label="分页">
          <button
            type="button"
            className="button button--small"
            disabled={!table.getCanPreviousPage()}
            onClick={() => {
              table.previousPage();
            }}
          >
            上一页
          </button>
          <span>
            第 {table.state.pagination.pageIndex + 1} / {pageCount} 页
          </span>
          <button
            type="button"
            className="button button--small"
            disabled={!table.getCanNextPage()}
            onClick={() => {
              table.nextPage();
            }}
          >
            下一页
          </button>
        </nav>
      ) : null}
    </div>
  );
});
