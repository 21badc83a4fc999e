import { TableGrid } from '../grid';
import { useDocumentSelector } from '../state/hooks';
import { BLANK_IS_NOT_ZERO, tableNote } from './tableNotes';
import './sections.css';

/** 二 / 三 / 四: the part's table as an editable grid, with a short note. */
export function TablePart({
  tableId,
}: {
  readonly tableId: 'proactive' | 'applications' | 'review';
}) {
  const format = useDocumentSelector((d) => d.format);
  return (
    <div className="table-part">
      <p className="table-part__note">
        {tableNote(tableId, format)}
        {BLANK_IS_NOT_ZERO}
      </p>
      <TableGrid tableId={tableId} />
    </div>
  );
}
