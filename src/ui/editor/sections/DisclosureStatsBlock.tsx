import { useState } from 'react';
import { blankTable } from '../../../report/blank';
import { cellId } from '../../../report/cells';
import { definitionOf } from '../../../report/definition/editions';
import { focusCell, TableGrid } from '../../grid';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { useDocumentSelector, useReportStore } from '../../state/hooks';
import './sections.css';

/**
 * The optional 公开及回应解读情况统计 table under 六: some localities require it. Absent until
 * the user adds it; removing it asks first and can be undone.
 */
export function DisclosureStatsBlock() {
  const store = useReportStore();
  const present = useDocumentSelector((d) => d.tables.disclosureStats !== null);
  const title = useDocumentSelector((d) => definitionOf(d.format).tables.disclosureStats.title);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const setTable = (add: boolean) => {
    store.update(
      (doc) => ({
        ...doc,
        tables: {
          ...doc.tables,
          disclosureStats: add ? blankTable(definitionOf(doc.format).tables.disclosureStats) : null,
        },
      }),
      { kind: 'table-toggle', label: add ? `添加“${title}”表` : `移除“${title}”表` },
    );
  };
  return (
    <section className="stats-block" aria-labelledby="stats-block-title">
      <div className="stats-block__head">
        <h3 id="stats-block-title" className="stats-block__title">
          {title}
          {present ? null : <span className="stats-block__optional">（可选）</span>}
        </h3>
        {present ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setConfirmRemove(true);
            }}
          >
            移除
          </button>
        ) : null}
      </div>
      {present ? (
        <TableGrid tableId="disclosureStats" />
      ) : (
        <div className="stats-block__empty">
          <p>部分地区要求在“六、其他需要报告的事项”中附此表，统计公开渠道和回应解读的情况。</p>
          <button
            type="button"
            className="button"
            data-add-stats
            onClick={() => {
              setTable(true);
              // Straight into the new table's first cell.
              const row = definitionOf(store.document.format).tables.disclosureStats.rows[0];
              const column = row?.columns[0];
              requestAnimationFrame(() => {
                if (row !== undefined && column !== undefined) {
                  focusCell(cellId({ table: 'disclosureStats', row: row.id, column: column.id }));
                }
              });
            }}
          >
            添加“{title}”表
          </button>
        </div>
      )}
      <ConfirmDialog
        open={confirmRemove}
        title={`移除“${title}”表？`}
        confirmLabel="移除"
        tone="danger"
        onCancel={() => {
          setConfirmRemove(false);
        }}
        onConfirm={() => {
          setConfirmRemove(false);
          setTable(false);
          requestAnimationFrame(() => {
            document.querySelector<HTMLElement>('[data-add-stats]')?.focus();
          });
        }}
      >
        <p>表中已填写的数据将一并移除。移除后可用“撤销”恢复。</p>
      </ConfirmDialog>
    </section>
  );
}
