import type { FindingSummary } from './groupFindings';
import { SEVERITY_MARK } from '../common/severityText';

/** Counts by severity at the top of the check list (also shown when the panel is closed). */
export function CheckSummary({
  counts,
  compact,
}: {
  readonly counts: FindingSummary['counts'];
  readonly compact: boolean;
}) {
  const items = [
    { key: 'error', label: '错误', value: counts.error, mark: SEVERITY_MARK.error },
    { key: 'warning', label: '警告', value: counts.warning, mark: SEVERITY_MARK.warning },
    { key: 'info', label: '提示', value: counts.info, mark: SEVERITY_MARK.info },
  ] as const;
  return (
    <div className={compact ? 'check-summary check-summary--compact' : 'check-summary'}>
      <ul className="check-summary__counts" aria-label="检查结果统计">
        {items.map((item) => (
          <li
            key={item.key}
            className={`check-summary__count check-summary__count--${item.key}${item.value === 0 ? ' is-zero' : ''}`}
          >
            <span aria-hidden="true" className="check-summary__mark">
              {item.mark}
            </span>
            <span className="check-summary__label">{item.label}</span>
            <span className="check-summary__value">{item.value}</span>
          </li>
        ))}
      </ul>
      {compact ? null : (
        <p className="check-summary__pending">
          待填写：{counts.pending} 项检查，{counts.blankCells} 个空白单元格
          {counts.acknowledged > 0 ? `；已确认 ${String(counts.acknowledged)} 项警告` : ''}
        </p>
      )}
    </div>
  );
}
