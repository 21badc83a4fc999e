import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { LocatedCell } from '../../../io/import/types';
import { readCell, type CellId } from '../../../report/cells';
import { definitionOf } from '../../../report/definition/editions';
import type { TableId } from '../../../report/definition/types';
import type { RestoredDocument } from '../../../report/document';
import { HeaderCell, TextSlotCell } from '../../grid/cells';
import {
  buildGeometry,
  neighbour,
  type Direction,
  type Slot,
  type ValueSlot,
} from '../../grid/gridGeometry';
import { formatCellValue } from '../../grid/gridText';
import { STATUS_TEXT } from './reviewModel';
import '../../grid/grid.css';

export interface ReviewTableProps {
  readonly document: RestoredDocument;
  readonly tableId: TableId;
  readonly located: ReadonlyMap<string, LocatedCell>;
  readonly selected: string | null;
  /** Click, Enter or Space on a cell. */
  readonly onSelect: (cell: string) => void;
  /** Pointer over or focus on a cell (null: left it); the source panel follows it. */
  readonly onPeek: (cell: string | null) => void;
}

/** The text shown for a cell's origin: as printed, or how it was inferred. */
export function originText(cell: LocatedCell | undefined): string {
  if (cell === undefined) return '';
  switch (cell.status) {
    case 'read':
      return `原文：“${cell.source ?? ''}”`;
    case 'inferred':
      return `推断：${cell.how ?? '（未说明）'}${cell.source === undefined ? '' : `（原文：“${cell.source}”）`}`;
    case 'notFound':
      return '原文中未找到，已留空';
  }
}

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

function ValueCell(props: {
  readonly slot: ValueSlot;
  /** The table's one tab stop (roving tabindex): the arrows move between its cells. */
  readonly tabStop: boolean;
  readonly onArrow: (from: CellId, e: KeyboardEvent<HTMLButtonElement>) => void;
  readonly onActive: (cell: CellId) => void;
  readonly colSpan: number;
  readonly document: RestoredDocument;
  readonly located: LocatedCell | undefined;
  readonly selected: boolean;
  readonly onSelect: (cell: string) => void;
  readonly onPeek: (cell: string | null) => void;
}) {
  const { slot, located, selected } = props;
  const value = readCell(props.document, slot.ref);
  const shown = formatCellValue(value, slot.kind);
  // A total is computed from its rows, never imported: it has no source of its own.
  const status = slot.computed ? 'computed' : (located?.status ?? 'notFound');
  const describe = slot.computed
    ? '自动计算'
    : `${STATUS_TEXT[located?.status ?? 'notFound']}。${originText(located)}`;
  return (
    <td
      colSpan={props.colSpan > 1 ? props.colSpan : undefined}
      className={`grid__value import-review__td import-review__td--${status}${selected ? ' is-selected' : ''}`}
    >
      <button
        type="button"
        className="import-review__cell"
        data-cell={slot.id}
        data-status={status}
        aria-label={`${slot.label}：${shown === '' ? '空白' : shown}`}
        aria-description={describe}
        aria-pressed={selected}
        title={describe}
        tabIndex={props.tabStop ? 0 : -1}
        onClick={() => {
          props.onSelect(slot.id);
        }}
        onKeyDown={(e) => {
          props.onArrow(slot.id, e);
        }}
        onFocus={() => {
          props.onActive(slot.id);
          props.onPeek(slot.id);
        }}
        onBlur={() => {
          props.onPeek(null);
        }}
        onMouseEnter={() => {
          props.onPeek(slot.id);
        }}
        onMouseLeave={() => {
          props.onPeek(null);
        }}
      >
        {shown}
        {status === 'inferred' || status === 'notFound' ? (
          <span className="import-review__mark" aria-hidden="true">
            {status === 'inferred' ? '?' : '∅'}
          </span>
        ) : null}
      </button>
    </td>
  );
}

/**
 * One table of the imported report, read only, in the printed layout of its edition. Each
 * value cell is a button: its status is shown by colour and a mark, its origin on hover and
 * focus (title and the source panel); choosing it keeps it highlighted in the source panel.
 * One tab stop per table; the arrow keys move between cells as in the editor's grid.
 */
export const ReviewTable = memo(function ReviewTable(props: ReviewTableProps) {
  const { document: doc, tableId } = props;
  const edition = definitionOf(doc.format);
  const table = edition.tables[tableId];
  const format = doc.format;
  const geometry = useMemo(() => buildGeometry(definitionOf(format), tableId), [format, tableId]);
  const widths = table.layout.columnWidths;
  const totalWidth = widths.reduce((a, b) => a + b, 0);
  const startsAt = (slot: Slot, r: number, c: number) => slot.row === r && slot.col === c;
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<CellId | null>(null);
  const stop = active ?? geometry.values[0]?.id ?? null;
  const onArrow = (from: CellId, e: KeyboardEvent<HTMLButtonElement>): void => {
    const direction = ARROWS[e.key];
    if (direction === undefined) return;
    e.preventDefault();
    const next = neighbour(geometry, from, direction);
    if (next !== null)
      tableRef.current?.querySelector<HTMLElement>(`[data-cell="${next}"]`)?.focus();
  };
  return (
    <div className="grid">
      <div className="grid__scroll import-review__table">
        <table
          ref={tableRef}
          className={`grid__table grid__table--${tableId}`}
          aria-label={`${table.shortName} ${table.title}`}
        >
          <colgroup>
            {widths.map((w, i) => (
              <col key={i} style={{ width: `${String((w / totalWidth) * 100)}%` }} />
            ))}
          </colgroup>
          {table.layout.header.length > 0 ? (
            <thead>
              {table.layout.header.map((cells, r) => (
                <tr key={r}>
                  {cells.map((cell, c) => (
                    <HeaderCell key={c} cell={cell} />
                  ))}
                </tr>
              ))}
            </thead>
          ) : null}
          <tbody>
            {geometry.rows.map((line, r) => (
              <tr key={r}>
                {line.map((slot, c) => {
                  if (slot === null) return <td key={c} />;
                  if (!startsAt(slot, r, c)) return null;
                  if (slot.type === 'text') {
                    return (
                      <TextSlotCell
                        key={c}
                        cell={slot.cell}
                        rowSpan={slot.rowSpan}
                        colSpan={slot.colSpan}
                        pinAt={null}
                      />
                    );
                  }
                  return (
                    <ValueCell
                      key={c}
                      slot={slot}
                      colSpan={slot.colSpan}
                      document={doc}
                      located={props.located.get(slot.id)}
                      selected={props.selected === slot.id}
                      tabStop={slot.id === stop}
                      onArrow={onArrow}
                      onActive={setActive}
                      onSelect={props.onSelect}
                      onPeek={props.onPeek}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
});
