import { useEffect, useMemo, useRef } from 'react';
import { valuesOutsideEdition, type ValueOutsideEdition } from '../../report/valuesOutsideEdition';
import { formatMoney } from '../../report/money';
import { useDocumentSelector, useReportStore } from '../state/hooks';

function shown(v: ValueOutsideEdition): string {
  return v.kind === 'money' ? formatMoney(v.value) : String(v.value);
}

/** Groups the kept values by row: `表三 （六）其他处理：自然人 3、总计 3`. */
function rowsOf(values: readonly ValueOutsideEdition[]): { label: string; cells: string }[] {
  const rows = new Map<string, string[]>();
  for (const v of values) {
    const cells = rows.get(v.rowLabel) ?? [];
    cells.push(`${v.columnLabel} ${shown(v)}`);
    rows.set(v.rowLabel, cells);
  }
  return [...rows].map(([label, cells]) => ({ label, cells: cells.join('、') }));
}

/**
 * Values in rows or columns the current edition lacks (after an edition switch or an import)
 * are kept, never deleted; this notice makes sure they stay visible.
 */
export function KeptDataNotice() {
  const store = useReportStore();
  // A string snapshot: typing in the grid never touches these rows, so this rarely re-renders.
  const signature = useDocumentSelector((d) =>
    valuesOutsideEdition(d)
      .map((v) => `${v.table}.${v.row}.${v.column}=${String(v.value)}`)
      .join('|'),
  );
  const rows = useMemo(
    () => (signature === '' ? [] : rowsOf(valuesOutsideEdition(store.document))),
    [signature, store],
  );
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // New kept values (after a switch) are the first thing in the check list: show them.
    const panel = box.current?.closest('aside');
    if (panel !== null && panel !== undefined) panel.scrollTop = 0;
  }, [signature]);
  if (rows.length === 0) return null;
  return (
    <div ref={box} className="notice notice--kept" role="note" aria-labelledby="kept-data-title">
      <p id="kept-data-title" className="notice__title">
        以下数据不属于当前格式，已保留：
      </p>
      <ul className="notice__list">
        {rows.map((r) => (
          <li key={r.label}>
            {r.label}：{r.cells}
          </li>
        ))}
      </ul>
      <p className="notice__hint">当前格式的表格中没有这些行和列；切换回原格式即可继续使用。</p>
    </div>
  );
}
