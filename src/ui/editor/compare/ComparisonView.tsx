import { useId, useMemo, useState } from 'react';
import { comparisonLines, sharedColumns, type ComparisonLine } from '../../../report/compare/lines';
import { tableComparability } from '../../../report/compare/previousCells';
import { definitionOf } from '../../../report/definition/editions';
import type { TableId } from '../../../report/definition/types';
import type { ReportDocument } from '../../../report/document';
import { useDocumentSelector } from '../../state/hooks';
import { previousCaption, VIEW_NOTE } from './compareText';
import { ComparisonRow, type RowHeading } from './ComparisonRow';

/**
 * Tables whose rows share many columns are compared one column at a time, chosen by the user:
 * 表三 has seven applicant columns over some twenty rows. The others list every cell.
 */
const ONE_COLUMN_AT_A_TIME: readonly TableId[] = ['applications'];

/** The row label on the first line of each row, spanning that row's lines. */
function headingsOf(lines: readonly ComparisonLine[]): (RowHeading | null)[] {
  return lines.map((line, i) => {
    if (i > 0 && lines[i - 1]?.ref.row === line.ref.row) return null;
    let span = 1;
    while (lines[i + span]?.ref.row === line.ref.row) span += 1;
    return { text: line.rowLabel, span };
  });
}

/** 上年 / 本年 / 增减 of a table, derived from the store; read-only and screen-only. */
export function ComparisonView({
  tableId,
  previous,
  id,
}: {
  readonly tableId: TableId;
  readonly previous: ReportDocument;
  readonly id: string;
}) {
  const format = useDocumentSelector((d) => d.format);
  const year = useDocumentSelector((d) => d.year);
  const def = definitionOf(format);
  const table = def.tables[tableId];
  const byColumn = ONE_COLUMN_AT_A_TIME.includes(tableId);
  const columns = useMemo(() => sharedColumns({ format }, tableId), [format, tableId]);
  // 总计 first: it is the figure a reader of the report compares.
  const [chosen, setChosen] = useState<string | null>(null);
  const column = byColumn
    ? (columns.find((c) => c.id === chosen) ??
      columns.find((c) => c.computed === true) ??
      columns[0])
    : undefined;
  const lines = useMemo(
    () =>
      comparisonLines(
        { format },
        previous,
        tableId,
        column === undefined ? {} : { column: column.id },
      ),
    [format, previous, tableId, column],
  );
  const headings = useMemo(() => headingsOf(lines), [lines]);
  const pickerId = useId();
  const verdict = tableComparability({ format }, previous, tableId);
  const caption = previousCaption(previous, year);

  if (!verdict.comparable) {
    return (
      <div id={id} className="year-compare__view">
        <p className="year-compare__caption">{caption}</p>
        <p className="notice notice--suggest year-compare__reason">{verdict.reason}</p>
      </div>
    );
  }
  const showColumn = !byColumn;
  return (
    <div id={id} className="year-compare__view">
      <p className="year-compare__caption">{caption}</p>
      {verdict.sameEdition ? null : (
        <p className="year-compare__note">
          上年报告使用{definitionOf(previous.format).notice}格式，本年使用{def.notice}
          格式：两版相同的行逐行对比，上年格式中没有的行显示“上年无此项”。
        </p>
      )}
      {column === undefined ? null : (
        <p className="year-compare__picker">
          <label htmlFor={pickerId}>对比的栏目</label>
          <select
            id={pickerId}
            value={column.id}
            onChange={(e) => {
              setChosen(e.target.value);
            }}
          >
            {columns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </p>
      )}
      {/* Focusable, so the box scrolls from the keyboard too. */}
      <div
        className="year-compare__scroll"
        role="region"
        aria-label={`${table.shortName}与上年对比`}
        tabIndex={0}
      >
        <table className="year-compare__table">
          <caption className="sr-only">
            {table.shortName}与上年对比{column === undefined ? '' : `（${column.label}）`}
          </caption>
          <thead>
            <tr>
              <th scope="col">项目</th>
              {showColumn ? <th scope="col">栏目</th> : null}
              <th scope="col" className="year-compare__num">
                上年<span className="year-compare__year">（{String(previous.year)}年）</span>
              </th>
              <th scope="col" className="year-compare__num">
                本年<span className="year-compare__year">（{String(year)}年）</span>
              </th>
              <th scope="col" className="year-compare__num">
                增减
              </th>
              <th scope="col" className="year-compare__num">
                增减幅度
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, i) => (
              <ComparisonRow
                key={line.id}
                line={line}
                heading={headings[i] ?? null}
                showColumn={showColumn}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p className="year-compare__note">{VIEW_NOTE}</p>
    </div>
  );
}
