import { useId, useState } from 'react';
import { definitionOf } from '../../../report/definition/editions';
import { ROW_HELP } from '../../../report/definition/rowHelp';
import type { TableId } from '../../../report/definition/types';
import { useDocumentSelector } from '../../state/hooks';

/** 填报说明 of a table's tricky rows, opened on request (the screen only; never printed). */
export function RowHelpList({ tableId }: { readonly tableId: TableId }) {
  const format = useDocumentSelector((d) => d.format);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const rows = definitionOf(format).tables[tableId].rows;
  const notes = (ROW_HELP[tableId] ?? []).flatMap((help) => {
    const row = rows.find((r) => r.id === help.row);
    return row === undefined ? [] : [{ label: row.label, text: help.text, id: help.row }];
  });
  if (notes.length === 0) return null;
  return (
    <div className="row-help">
      <button
        type="button"
        className="button button--quiet button--small"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          setOpen((o) => !o);
        }}
      >
        {open ? '收起填报说明' : `填报说明（${String(notes.length)} 行）`}
      </button>
      <dl id={listId} className="row-help__list" hidden={!open}>
        {notes.map((n) => (
          <div key={n.id} className="row-help__item">
            <dt>{n.label}</dt>
            <dd>{n.text}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
