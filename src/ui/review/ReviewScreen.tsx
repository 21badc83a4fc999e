import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { serializeReport } from '../../io/json/exportJson';
import type { CheckedReport } from '../../io/review/reviewFile';
import { consolidateUnits } from '../../io/review/reviewSet';
import { unitTableHeader, unitTableRow } from '../../io/review/unitTable';
import { toCsv } from '../../io/review/unitTableCsv';
import type { Consolidation } from '../../report/aggregate/consolidate';
import { consolidationProblemMessage, crossUnitMessage } from '../../report/aggregate/messages';
import { runChecks } from '../../report/checks';
import { usePersistence } from '../services/context';
import { GENERATOR } from '../../io/generator';
import { ConsolidationPanel, IncompleteCells } from './ConsolidationPanel';
import { downloadBlob } from '../common/download';
import { DropZone } from './DropZone';
import { FilterBar } from './FilterBar';
import { LibraryPicker } from './LibraryPicker';
import { loadUnit } from './loadUnit';
import { UnitDetail } from './UnitDetail';
import {
  filterRows,
  isLate,
  NO_FILTERS,
  unitRows,
  type UnitFilters,
  type UnitRow,
} from './unitRows';
import { UnitTable } from './UnitTable';
import { useReview } from './useReview';
import '../common/persistence.css';
import './review.css';

type Open =
  { readonly kind: 'unit'; readonly row: UnitRow } | { readonly kind: 'consolidated' } | null;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * 汇总审核: the 主管部门 drops its units' reports (files, folders, 报送包) or picks them from the
 * library; a worker reads and checks them; the table lists the units with filters; a unit opens
 * read-only; the listed units can be summed into one consolidated report.
 */
export function ReviewScreen({
  onBack,
  onOpenReport,
}: {
  readonly onBack: () => void;
  readonly onOpenReport: (id: string) => void;
}) {
  const services = usePersistence();
  const { state, add, clear } = useReview();
  const [filters, setFilters] = useState<UnitFilters>(NO_FILTERS);
  const [picking, setPicking] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const [consolidation, setConsolidation] = useState<Consolidation | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  const rows = useMemo(() => unitRows(state.units, state.analysis), [state.units, state.analysis]);
  const shown = useMemo(() => filterRows(rows, filters), [rows, filters]);
  // The table renders in the background (interruptible) while batches arrive from the worker,
  // so the page never blocks on it; the progress bar and the counts stay immediate.
  const tableRows = useDeferredValue(shown);
  const tableTotal = useDeferredValue(rows.length);
  const counts = useMemo(
    () => ({
      errors: rows.filter((r) => r.summary.errors > 0).length,
      late: rows.filter((r) => isLate(r.summary)).length,
    }),
    [rows],
  );
  const years = useMemo(
    () => [...new Set(rows.map((r) => r.summary.year))].sort((a, b) => b - a),
    [rows],
  );
  const openUnit = useCallback((row: UnitRow) => {
    setOpen({ kind: 'unit', row });
  }, []);

  const importReport = async (report: CheckedReport) => {
    const { id } = await services.reports.create(report.document);
    return id;
  };

  const consolidateShown = () => {
    const superseded = state.analysis?.superseded ?? new Set<string>();
    const result = consolidateUnits(
      shown.map((r) => r.unit),
      superseded,
    );
    if (result.ok) {
      setConsolidation(result.value);
      setRefusal(null);
    } else {
      setConsolidation(null);
      setRefusal(consolidationProblemMessage(result.problem, shown[0]?.summary.format));
    }
  };

  const tableCells = () => [
    unitTableHeader(),
    ...shown.map((r) => unitTableRow(r.summary, r.change)),
  ];
  const exportCsv = () => {
    downloadBlob(
      `各单位年度报告审核表-${today()}.csv`,
      new Blob([toCsv(tableCells())], { type: 'text/csv;charset=utf-8' }),
    );
  };
  const exportXlsx = () => {
    setExporting(true);
    const [header = [], ...body] = tableCells();
    import('../../io/review/unitTableXlsx')
      .then(({ toXlsx }) => toXlsx(header.map(String), body))
      .then(
        (bytes) => {
          downloadBlob(
            `各单位年度报告审核表-${today()}.xlsx`,
            new Blob([bytes.slice().buffer], {
              type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            }),
          );
        },
        () => {
          setRefusal('Excel 文件没有生成，请改用 CSV。');
        },
      )
      .finally(() => {
        setExporting(false);
      });
  };
  const exportConsolidation = (c: Consolidation) => {
    const text = serializeReport(c.document, { exportedAt: new Date(), generator: GENERATOR });
    downloadBlob(
      `${String(c.document.year)}年汇总报告（${String(c.units.length)}个单位）.json`,
      new Blob([text], { type: 'application/json' }),
    );
  };

  const hasUnits = state.units.length > 0 || state.failed.length > 0;
  const findings = state.analysis?.findings ?? [];
  const shownForConsolidation = shown.filter(
    (r) => !(state.analysis?.superseded.has(r.summary.file) ?? false),
  );

  return (
    <div className="review">
      <header className="review__header">
        <button type="button" className="button button--quiet" onClick={onBack}>
          ← 返回报告列表
        </button>
        <div>
          <h1 className="review__title">汇总审核</h1>
          <p className="review__subtitle">各单位的年度报告：逐份检查、跨单位比对、汇总数字。</p>
        </div>
      </header>
      <main className="review__main">
        <DropZone
          compact={hasUnits}
          onFiles={add}
          onLibrary={() => {
            setPicking(true);
          }}
        />
        {state.reading || state.total > 0 ? (
          <div className="review-progress">
            <label htmlFor="review-progress">
              {state.reading
                ? `正在读取和检查：${String(state.done)} / ${String(state.total)} 个文件`
                : `已读取 ${String(state.total)} 个文件`}
            </label>
            <progress id="review-progress" max={Math.max(1, state.total)} value={state.done} />
            {!state.reading ? (
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => {
                  clear();
                  setConsolidation(null);
                  setRefusal(null);
                }}
              >
                清空
              </button>
            ) : null}
          </div>
        ) : null}
        {hasUnits ? (
          <>
            <p className="review-summary" role="status">
              共 {state.units.length} 份报告：有错误 {counts.errors} 份，逾期 {counts.late} 份
              {state.failed.length > 0 ? `，${String(state.failed.length)} 个文件无法读取` : ''}
              {state.analysis === null ? '' : `，跨单位检查 ${String(findings.length)} 项`}。
            </p>
            <div className="review-toolbar">
              <FilterBar
                filters={filters}
                years={years}
                onChange={(next) => {
                  setFilters(next);
                  setRefusal(null);
                }}
              />
              <div className="review-toolbar__actions">
                <button
                  type="button"
                  className="button button--small"
                  onClick={exportCsv}
                  disabled={shown.length === 0}
                >
                  导出单位表（CSV）
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={exportXlsx}
                  disabled={shown.length === 0 || exporting}
                >
                  导出单位表（Excel）
                </button>
                <button
                  type="button"
                  className="button button--small button--primary"
                  onClick={consolidateShown}
                  disabled={state.reading || shownForConsolidation.length === 0}
                >
                  汇总列出的单位（{shownForConsolidation.length}）
                </button>
              </div>
            </div>
            {refusal === null ? null : (
              <p role="alert" className="persist-error review-refusal">
                {refusal}
              </p>
            )}
            {consolidation === null ? null : (
              <ConsolidationPanel
                consolidation={consolidation}
                onView={() => {
                  setOpen({ kind: 'consolidated' });
                }}
                onExport={() => {
                  exportConsolidation(consolidation);
                }}
                onClose={() => {
                  setConsolidation(null);
                }}
              />
            )}
            <UnitTable
              rows={tableRows}
              onOpen={openUnit}
              caption={`列出 ${String(tableRows.length)} / ${String(tableTotal)} 份报告（点机关名称查看报告）`}
            />
            {findings.length > 0 ? (
              <section className="review-cross" aria-labelledby="review-cross-title">
                <h2 id="review-cross-title" className="review-section-title">
                  跨单位检查（{findings.length} 项）
                </h2>
                <ul>
                  {findings.map((f, i) => (
                    <li key={i} data-cross={f.code}>
                      {crossUnitMessage(f)}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {state.failed.length > 0 ? (
              <section className="review-failed" aria-labelledby="review-failed-title">
                <h2 id="review-failed-title" className="review-section-title">
                  无法读取的文件（{state.failed.length}）
                </h2>
                <ul>
                  {state.failed.map((f) => (
                    <li key={f.file}>
                      <strong>{f.file}</strong>：{f.reason}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </>
        ) : null}
      </main>
      {picking ? (
        <LibraryPicker
          onClose={() => {
            setPicking(false);
          }}
          onPick={(files) => {
            setPicking(false);
            add(files);
          }}
        />
      ) : null}
      {open?.kind === 'unit' ? (
        <UnitDetail
          load={() => {
            const index = state.unitSource.get(open.row.summary.file);
            const source = index === undefined ? undefined : state.sources[index];
            if (source === undefined) return Promise.reject(new Error('找不到这份报告的文件。'));
            return loadUnit(source, open.row.summary.file);
          }}
          cross={open.row.cross}
          onClose={() => {
            setOpen(null);
          }}
          onImport={async (report) => {
            await importReport(report);
          }}
        />
      ) : null}
      {open?.kind === 'consolidated' && consolidation !== null ? (
        <UnitDetail
          load={() =>
            Promise.resolve({
              name: '汇总报告',
              document: consolidation.document,
              findings: runChecks(consolidation.document),
              exportedAt: null,
              importProblems: 0,
            })
          }
          cross={[]}
          extra={<IncompleteCells consolidation={consolidation} />}
          onClose={() => {
            setOpen(null);
          }}
          onImport={async (report) => {
            onOpenReport(await importReport(report));
          }}
        />
      ) : null}
    </div>
  );
}
