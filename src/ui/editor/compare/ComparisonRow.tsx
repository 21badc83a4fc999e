import { memo } from 'react';
import type { ComparisonLine } from '../../../report/compare/lines';
import { changeOf } from '../../../report/compare/previousCells';
import { isLargeChange } from '../../../report/compare/yearOnYear';
import { useCellValue } from '../../state/hooks';
import { currentText, deltaText, percentText, previousText } from './compareText';

export interface RowHeading {
  readonly text: string;
  /** How many lines the row label spans (表二 / 表四: one line per column of the row). */
  readonly span: number;
}

/**
 * One compared cell. It subscribes to this year's cell only (like the grid's own cell), so
 * typing updates 本年 and 增减 of this line at once without re-rendering the view.
 */
export const ComparisonRow = memo(function ComparisonRow({
  line,
  heading,
  showColumn,
}: {
  readonly line: ComparisonLine;
  /** The row label cell, on the first line of its row only. */
  readonly heading: RowHeading | null;
  readonly showColumn: boolean;
}) {
  const current = useCellValue(line.id);
  const change = changeOf(line.previous, current, line.kind);
  const large =
    change.kind === 'value' && isLargeChange(change.previous, change.current, line.kind);
  return (
    <tr
      data-compare={line.id}
      className={large ? 'year-compare__line year-compare__line--large' : 'year-compare__line'}
    >
      {heading === null ? null : (
        <th scope="row" rowSpan={heading.span > 1 ? heading.span : undefined}>
          {heading.text}
        </th>
      )}
      {showColumn ? <th scope="row">{line.columnLabel}</th> : null}
      <td
        className={
          line.previous.kind === 'value' && line.previous.value !== null
            ? 'year-compare__num'
            : 'year-compare__num year-compare__empty'
        }
      >
        {previousText(line.previous, line.kind)}
      </td>
      <td
        className={
          current === null
            ? 'year-compare__num year-compare__empty'
            : line.computed
              ? 'year-compare__num year-compare__computed'
              : 'year-compare__num'
        }
      >
        {currentText(current, line.kind)}
      </td>
      <td className="year-compare__num">{deltaText(change, line.kind)}</td>
      <td className="year-compare__num">
        {percentText(change)}
        {large ? <span className="year-compare__flag">变化较大</span> : null}
      </td>
    </tr>
  );
});
