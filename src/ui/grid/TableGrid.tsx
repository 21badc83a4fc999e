import { useTable } from '@tanstack/react-table';
import { memo, useCallback, useMemo, useState } from 'react';
import type { CellId } from '../../report/cells';
import { definitionOf } from '../../report/definition/editions';
import type { TableDef, TableId } from '../../report/definition/types';
import { useDocumentSelector, useReportStore } from '../state/hooks';
import { bodyColumns, bodyFeatures, bodyRowId, bodyRows } from './bodyModel';
import { BodySlot, HeaderCell } from './cells';
import { FillZeroButton } from './FillZeroButton';
import { focusCellInput } from './focusCell';
import { GridActionsContext, type GridActions } from './gridActions';
import { buildGeometry, type Slot } from './gridGeometry';
import { TEXT } from './gridText';
import type { TokenRows } from './parseClipboard';
import { PasteDialog } from './PasteDialog';
import { columnLayout } from './stickyLayout';
import { useGridNavigation } from './useGridNavigation';
import { planPaste, type PastePlan } from './pastePlan';
import './grid.css';

interface PendingPaste {
  readonly anchor: CellId;
  readonly tokens: TokenRows;
  readonly plan: PastePlan;
}

function tableName(table: TableDef): string {
  return table.shortName.includes(table.title)
    ? table.shortName
    : `${table.shortName} ${table.title}`;
}

/**
 * A report table as an editable grid that looks like the printed form. Everything — header
 * rows, label spans, which cells are totals — comes from the edition's definition; the grid
 * itself re-renders only when the edition changes or a paste preview opens, never per keystroke.
 * Memoised: a parent re-rendering (e.g. the save status changing) must not re-render the grid.
 */
export const TableGrid = memo(function TableGrid({ tableId }: { readonly tableId: TableId }) {
  const store = useReportStore();
  const format = useDocumentSelector((doc) => doc.format);
  const present = useDocumentSelector((doc) => doc.tables[tableId] !== null);
  const table = definitionOf(format).tables[tableId];
  const geometry = useMemo(() => buildGeometry(definitionOf(format), tableId), [format, tableId]);
  const columns = useMemo(() => bodyColumns(geometry), [geometry]);
  const data = useMemo(() => bodyRows(geometry), [geometry]);
  const model = useTable({ features: bodyFeatures, columns, data, getRowId: bodyRowId });
  const [pending, setPending] = useState<PendingPaste | null>(null);
  const move = useGridNavigation(geometry);

  const requestPaste = useCallback(
    (anchor: CellId, tokens: TokenRows) => {
      const plan = planPaste(store.document, geometry, anchor, tokens);
      if (plan.ok || plan.problems.length > 0) setPending({ anchor, tokens, plan });
    },
    [store, geometry],
  );
  const actions = useMemo<GridActions>(() => ({ move, requestPaste }), [move, requestPaste]);

  const close = (apply: boolean) => {
    if (pending === null) return;
    if (apply && pending.plan.ok)
      store.setCells(pending.plan.entries, { kind: 'paste', label: TEXT.pasteUndo });
    setPending(null);
    focusCellInput(pending.anchor, 'nearest');
  };

  if (!present) return <p className="grid-absent">{TEXT.tableAbsent}</p>;

  const layout = columnLayout(geometry, table.layout.columnWidths);
  return (
    <GridActionsContext.Provider value={actions}>
      <div className="grid" data-table={tableId}>
        <div className="grid__toolbar">
          <FillZeroButton geometry={geometry} />
          <span className="grid__hint">{TEXT.pasteHint}</span>
        </div>
        <div className="grid__scroll">
          <table
            className={`grid__table grid__table--${tableId}${layout.pinned > 0 ? ' grid__table--pinned' : ''}`}
            aria-label={tableName(table)}
            style={layout.table}
          >
            <colgroup>
              {layout.columns.map((style, i) => (
                <col key={i} style={style} />
              ))}
            </colgroup>
            {table.layout.header.length > 0 && (
              <thead>
                {table.layout.header.map((cells, r) => (
                  <tr key={r}>
                    {cells.map((cell, c) => (
                      <HeaderCell key={c} cell={cell} />
                    ))}
                  </tr>
                ))}
              </thead>
            )}
            <tbody>
              {model.getRowModel().rows.map((row) => (
                <tr key={row.id}>
                  {row
                    .getAllCells()
                    .map((cell) =>
                      cell.getIsCovered() ? null : (
                        <BodySlot
                          key={cell.id}
                          pinned={layout.pinned}
                          slot={cell.getValue<Slot | null>()}
                          rowSpan={cell.getRowSpan()}
                          colSpan={cell.getColSpan()}
                        />
                      ),
                    )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {pending !== null && (
          <PasteDialog
            plan={pending.plan}
            onConfirm={() => {
              close(true);
            }}
            onCancel={() => {
              close(false);
            }}
            onNoneAsChange={(noneAs) => {
              const { anchor, tokens } = pending;
              const plan = planPaste(store.document, geometry, anchor, tokens, noneAs);
              setPending({ anchor, tokens, plan });
            }}
          />
        )}
      </div>
    </GridActionsContext.Provider>
  );
});
