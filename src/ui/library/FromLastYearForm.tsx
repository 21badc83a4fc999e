import { useId, useMemo, useState } from 'react';
import { carryOver, type CarryOverResult } from '../../report/carryOver';
import type { DraftSummary } from '../../storage/draftCatalog';
import { ReportSelect } from '../common/ReportSelect';
import { useStoredDocument } from '../services/useStoredDocument';

interface FromLastYearFormProps {
  /** Readable reports of the library, newest change first. */
  readonly candidates: readonly DraftSummary[];
  readonly onCreate: (result: CarryOverResult, previousId: string) => void;
  readonly busy: boolean;
}

/**
 * 从上年报告开始: pick last year's report; the new one takes over only what means the same
 * (see carryOver) and is linked to it, so the continuity checks run. What is not carried is
 * listed before anything is created.
 */
export function FromLastYearForm({ candidates, onCreate, busy }: FromLastYearFormProps) {
  const id = useId();
  const [choice, setChoice] = useState(candidates[0]?.id ?? '');
  const chosen = candidates.find((c) => c.id === choice);
  const document = useStoredDocument(chosen?.id ?? '');
  const result = useMemo(() => (document == null ? null : carryOver(document)), [document]);
  if (candidates.length === 0) {
    return (
      <p>
        报告列表中还没有可用的报告。可以先导入上年的报告：已发布的网页、Word、PDF 或 JSON 文件。
      </p>
    );
  }
  return (
    <form
      className="new-report__form"
      onSubmit={(e) => {
        e.preventDefault();
        if (result !== null && chosen !== undefined) onCreate(result, chosen.id);
      }}
    >
      <label htmlFor={`${id}-previous`}>上年报告</label>
      <ReportSelect
        id={`${id}-previous`}
        reports={candidates}
        value={choice}
        onChange={setChoice}
      />
      {result === null ? null : (
        <div className="notice notice--suggest">
          <p className="notice__title">
            将新建 {result.document.year} 年度报告（{result.document.format} 版格式）
          </p>
          <p>
            带入：机关名称、机关层级；表三“二、上年结转政府信息公开申请数量”取上年“四、结转下年度继续办理”。
          </p>
          <p>不带入：</p>
          <ul className="notice__list" aria-label="不带入的内容">
            {result.notCarried.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="confirm-dialog__actions">
        <button type="submit" className="button button--primary" disabled={result === null || busy}>
          从上年报告创建
        </button>
      </div>
    </form>
  );
}
