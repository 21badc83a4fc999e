import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { blankTable, createBlankDocument } from '../../report/blank';
import {
  defaultFormatForYear,
  definitionOf,
  isFormat,
  TABLE_IDS,
} from '../../report/definition/editions';
import type { Format } from '../../report/definition/types';
import { asRestored } from '../../report/document';
import { useHistoryState, ReportStoreContext, useReportStore } from '../state/hooks';
import { ReportStore } from '../state/reportStore';
import { TableGrid } from './TableGrid';

/**
 * Development harness (/grid-harness.html): the four tables of a blank report in one store,
 * with undo/redo, so the grid can be tried and tested in a real browser on its own.
 * `?format=2019` shows the 2019 edition.
 */
const requested = new URLSearchParams(location.search).get('format');
/** The requested edition, else the newest one. */
const format: Format = isFormat(requested)
  ? requested
  : defaultFormatForYear(new Date().getFullYear());
const edition = definitionOf(format);
const blank = createBlankDocument({
  agency: '示例机关',
  // The last year the edition is meant for (or its first year when open-ended).
  year: edition.years.to ?? edition.years.from,
  format,
});
const store = new ReportStore(
  asRestored({
    ...blank,
    tables: { ...blank.tables, disclosureStats: blankTable(edition.tables.disclosureStats) },
  }),
);

function History() {
  const s = useReportStore();
  const { canUndo, canRedo, undoLabel, redoLabel } = useHistoryState();
  return (
    <p style={{ display: 'flex', gap: 8 }}>
      <button
        type="button"
        disabled={!canUndo}
        title={undoLabel ?? ''}
        onClick={() => {
          s.undo();
        }}
      >
        撤销
      </button>
      <button
        type="button"
        disabled={!canRedo}
        title={redoLabel ?? ''}
        onClick={() => {
          s.redo();
        }}
      >
        重做
      </button>
    </p>
  );
}

function Harness() {
  return (
    <main style={{ maxWidth: 1100, margin: '0 auto', padding: '16px 24px 64px' }}>
      <h1 style={{ fontSize: 20 }}>表格编辑器测试页（{edition.notice}）</h1>
      <History />
      {TABLE_IDS.map((id) => (
        <section key={id} data-testid={`section-${id}`} style={{ marginTop: 28 }}>
          <h2 style={{ fontSize: 16 }}>{edition.tables[id].title}</h2>
          <TableGrid tableId={id} />
        </section>
      ))}
    </main>
  );
}

const container = document.getElementById('root');
if (container === null) throw new Error('grid-harness.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <ReportStoreContext.Provider value={store}>
      <Harness />
    </ReportStoreContext.Provider>
  </StrictMode>,
);
