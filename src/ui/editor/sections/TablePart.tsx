import { useRef } from 'react';
import { CellReason, TableGrid } from '../../grid';
import { useDocumentSelector } from '../../state/hooks';
import { RowHelpList } from './RowHelpList';
import { BLANK_IS_NOT_ZERO, tableNote } from './tableNotes';
import { revealGridBox, useStickyGridMetrics } from './useStickyGridMetrics';
import './sections.css';

/** 二 / 三 / 四: the part's table as an editable grid, with a short note. */
export function TablePart({
  tableId,
}: {
  readonly tableId: 'proactive' | 'applications' | 'review';
}) {
  const format = useDocumentSelector((d) => d.format);
  const gridHost = useRef<HTMLDivElement>(null);
  useStickyGridMetrics(gridHost);
  return (
    <div className="table-part">
      <p className="table-part__note">
        {tableNote(tableId, format)}
        {BLANK_IS_NOT_ZERO}
      </p>
      <div
        ref={gridHost}
        onFocus={(e) => {
          revealGridBox(e.target);
        }}
      >
        <TableGrid tableId={tableId} />
        <CellReason host={gridHost} />
      </div>
      {/* After the table: Tab from the heading still goes straight into the grid. */}
      <RowHelpList tableId={tableId} />
    </div>
  );
}
