import { useId, useState } from 'react';
import type { TableId } from '../../report/definition/types';
import { COMPARE_BUTTON, UNLINKED } from './compareText';
import { ComparisonView } from './ComparisonView';
import { usePreviousReport } from './usePreviousReport';
import './compare.css';

/**
 * 与上年对比 above a table: when last year's report is linked, a toggle that shows 上年 / 本年 /
 * 增减 for each row; otherwise a line saying how to link one. The view is mounted only while
 * shown, so a hidden comparison costs nothing while typing.
 */
export function YearComparison({ tableId }: { readonly tableId: TableId }) {
  const previous = usePreviousReport();
  const [shown, setShown] = useState(false);
  const viewId = useId();
  if (previous === null) return <p className="year-compare__unlinked">{UNLINKED}</p>;
  return (
    <div className="year-compare">
      <button
        type="button"
        className="button button--small"
        aria-pressed={shown}
        aria-controls={shown ? viewId : undefined}
        onClick={() => {
          setShown((s) => !s);
        }}
      >
        {COMPARE_BUTTON}
      </button>
      {shown ? <ComparisonView tableId={tableId} previous={previous} id={viewId} /> : null}
    </div>
  );
}
