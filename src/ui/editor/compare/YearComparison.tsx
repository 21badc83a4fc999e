import { lazy, Suspense, useId, useState } from 'react';
import type { TableId } from '../../../report/definition/types';
import { useReportStore } from '../../state/hooks';
import type { ReportStore } from '../../state/reportStore';
import { COMPARE_BUTTON, UNLINKED } from './compareText';
import { usePreviousReport } from '../../state/usePreviousReport';
import './compare.css';

/** The view loads when first turned on: most visits to a table never open it. */
const ComparisonView = lazy(() =>
  import('./ComparisonView').then((m) => ({ default: m.ComparisonView })),
);

/**
 * Whether the comparison is on, per open report: turned on at 表三, it is still on at 表四 (each
 * part mounts afresh). Kept for the editor's lifetime only, never stored with the report.
 */
const remembered = new WeakMap<ReportStore, boolean>();

/**
 * 与上年对比 above a table: when last year's report is linked, a toggle that shows 上年 / 本年 /
 * 增减 for each row; otherwise a line saying how to link one. The view is mounted only while
 * shown, so a hidden comparison costs nothing while typing.
 */
export function YearComparison({ tableId }: { readonly tableId: TableId }) {
  const store = useReportStore();
  const previous = usePreviousReport();
  const [shown, setShown] = useState(() => remembered.get(store) ?? false);
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
          remembered.set(store, !shown);
          setShown(!shown);
        }}
      >
        {COMPARE_BUTTON}
      </button>
      {shown ? (
        <Suspense fallback={null}>
          <ComparisonView tableId={tableId} previous={previous} id={viewId} />
        </Suspense>
      ) : null}
    </div>
  );
}
