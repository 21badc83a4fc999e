import type { LayoutCell } from '../../report/definition/types';
import { GridCell } from './GridCell';
import type { Slot } from './gridGeometry';

type TextCell = Extract<LayoutCell, { type: 'text' }>;

const span = (n: number | undefined) => (n !== undefined && n > 1 ? n : undefined);

/** A printed header cell (thead): the 表三 corner note, group and column headings. */
export function HeaderCell({ cell }: { readonly cell: LayoutCell }) {
  if (cell.type !== 'text') return <td />;
  const colSpan = span(cell.colSpan);
  const rowSpan = span(cell.rowSpan);
  if (cell.role === 'corner') {
    return (
      <td className="grid__corner" colSpan={colSpan} rowSpan={rowSpan}>
        {cell.text}
      </td>
    );
  }
  if (colSpan !== undefined) {
    return (
      <th className="grid__head" scope="colgroup" colSpan={colSpan} rowSpan={rowSpan}>
        {cell.text}
      </th>
    );
  }
  // A column's own heading: the span lets a narrow table (表四) break it the way it is printed.
  return (
    <th className="grid__head" scope="col" rowSpan={rowSpan}>
      <span className="grid__head-text">{cell.text}</span>
    </th>
  );
}

/**
 * A group label spanning several rows (表三 三、本年度办理结果, （三）不予公开 …) is set
 * vertically, as on the printed form, so its narrow column never wraps it character by
 * character. The rule is about shape, so no label is named here.
 */
function isVertical(cell: TextCell, rowSpan: number): boolean {
  return cell.role === 'label' && rowSpan >= 3;
}

export function TextSlotCell({
  cell,
  rowSpan,
  colSpan,
  pinAt,
}: {
  readonly cell: TextCell;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** The pinned label column where the cell starts (its left offset), or null. */
  readonly pinAt: number | null;
}) {
  const spans = { rowSpan: span(rowSpan), colSpan: span(colSpan) };
  switch (cell.role) {
    case 'label': {
      const vertical = isVertical(cell, rowSpan);
      const indent = cell.indent !== undefined && cell.indent > 1 ? cell.indent - 1 : 0;
      const className = [
        'grid__label',
        vertical ? 'grid__label--vertical' : '',
        pinAt === null ? '' : 'grid__label--pinned',
      ]
        .filter((c) => c !== '')
        .join(' ');
      const style = {
        ...(indent > 0 ? { paddingLeft: `${String(0.5 + indent * 1.5)}em` } : {}),
        ...(pinAt === null ? {} : { left: `var(--grid-pin-${String(pinAt)})` }),
      };
      return (
        <th
          {...spans}
          scope={rowSpan > 1 ? 'rowgroup' : 'row'}
          className={className}
          style={Object.keys(style).length > 0 ? style : undefined}
        >
          {vertical ? <span className="grid__vertical-text">{cell.text}</span> : cell.text}
        </th>
      );
    }
    case 'caption':
      return (
        <th {...spans} scope="colgroup" className="grid__caption">
          {cell.text}
        </th>
      );
    case 'header':
      return (
        <th {...spans} scope="col" className="grid__head">
          {cell.text}
        </th>
      );
    case 'unit':
      return (
        <td {...spans} className="grid__unit">
          {cell.text}
        </td>
      );
    case 'corner':
    case 'none':
      return (
        <td {...spans} className="grid__corner">
          {cell.text}
        </td>
      );
  }
}

/** One body cell as the row model delivers it: printed text, or an editable value. */
export function BodySlot({
  slot,
  rowSpan,
  colSpan,
  pinned = 0,
}: {
  readonly slot: Slot | null;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** How many leading label columns stay in view while the table scrolls sideways. */
  readonly pinned?: number;
}) {
  if (slot === null) return <td />;
  if (slot.type === 'text') {
    return (
      <TextSlotCell
        cell={slot.cell}
        rowSpan={rowSpan}
        colSpan={colSpan}
        pinAt={slot.col < pinned ? slot.col : null}
      />
    );
  }
  return (
    <td
      colSpan={span(colSpan)}
      className={slot.computed ? 'grid__value grid__value--computed' : 'grid__value'}
    >
      <GridCell slot={slot} />
    </td>
  );
}
