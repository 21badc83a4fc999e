import { useState } from 'react';
import type { Consolidation } from '../../report/aggregate/consolidate';
import { saveOfficeFile } from '../exchange/officeActions';
import { cellLabel, unitList } from '../../report/aggregate/messages';
import { keyFiguresOf } from '../../report/definition/keyFigures';
import { readCell } from '../../report/cells';
import { runChecks } from '../../report/checks';

/** Cells shown in the incomplete list before "…等N个单元格". */
const SHOWN_INCOMPLETE = 12;

/** The key figures of the consolidated report: sums of their cells (blank when all blank). */
function figure(c: Consolidation, cells: ReturnType<typeof keyFiguresOf>[number]['cells']) {
  let sum: number | null = null;
  for (const ref of cells) {
    const v = readCell(c.document, ref);
    if (v !== null) sum = (sum ?? 0) + v;
  }
  return sum;
}

/** Which cells are incomplete and which units left them blank. */
export function IncompleteCells({ consolidation: c }: { readonly consolidation: Consolidation }) {
  if (c.incomplete.length === 0) return <p>每个单元格都由全部单位填写。</p>;
  const records = c.cells.filter((r) => r.blank.length > 0 && r.contributing.length > 0);
  return (
    <details className="review-incomplete">
      <summary>{c.incomplete.length} 个单元格有单位未填写（汇总数只含已填写单位的数字）</summary>
      <ul>
        {records.slice(0, SHOWN_INCOMPLETE).map((r) => (
          <li key={r.cell}>
            {cellLabel(c.document.format, r.cell)}：未填写的有
            {unitList(r.blank.map((i) => c.units[i] ?? ''))}
          </li>
        ))}
        {records.length > SHOWN_INCOMPLETE ? <li>……等 {records.length} 个单元格</li> : null}
      </ul>
    </details>
  );
}

export function ConsolidationPanel({
  consolidation: c,
  onView,
  onExport,
  onClose,
}: {
  readonly consolidation: Consolidation;
  readonly onView: () => void;
  readonly onExport: () => void;
  readonly onClose: () => void;
}) {
  const errors = runChecks(c.document).filter((f) => f.severity === 'error' && f.status === 'fail');
  // Word and Excel writers load only when asked for; the status line says what happened.
  const [office, setOffice] = useState<string | null>(null);
  const saveAs = (format: 'docx' | 'xlsx', what: string) => {
    setOffice(`正在生成${what}……`);
    saveOfficeFile(c.document, format).then(
      (name) => {
        setOffice(`已导出：${name}`);
      },
      (error: unknown) => {
        setOffice(`${what}导出失败：${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };
  return (
    <section className="review-consolidation" aria-labelledby="review-consolidation-title">
      <h2 id="review-consolidation-title" className="review-section-title">
        汇总结果：{c.units.length} 个单位的 {c.document.year} 年报告
      </h2>
      <dl className="review-figures">
        {keyFiguresOf(c.document.format).map((k) => (
          <div key={k.role} className="review-figures__item" data-figure={k.role}>
            <dt>{k.label}</dt>
            <dd>{figure(c, k.cells) ?? '—'}</dd>
          </div>
        ))}
        <div className="review-figures__item">
          <dt>汇总报告的错误</dt>
          <dd>{errors.length}</dd>
        </div>
      </dl>
      <IncompleteCells consolidation={c} />
      <div className="review-consolidation__actions">
        <button type="button" className="button" onClick={onView}>
          查看汇总报告
        </button>
        <button type="button" className="button button--primary" onClick={onExport}>
          导出汇总报告（JSON）
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            saveAs('docx', ' Word 文件');
          }}
        >
          导出 Word
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            saveAs('xlsx', ' Excel 表格');
          }}
        >
          导出 Excel
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          关闭汇总结果
        </button>
      </div>
      <p className="review-consolidation__status" role="status">
        {office}
      </p>
    </section>
  );
}
