import { MIN_CHANGE, MIN_RATIO } from '../../report/compare/yearOnYear';
import { useNavigate } from '../state/navigation';
import { partKeyOf } from '../state/parts';
import { SEVERITY_MARK } from '../common/severityText';
import { useYearOnYearHints } from './useYearOnYearHints';
import './yearOnYearHints.css';

const RULE = `与所关联的上年报告相比，下列数字增减${String(MIN_RATIO * 100)}%以上且至少${String(MIN_CHANGE)}（上年为0的，本年至少${String(MIN_CHANGE)}）。`;

/** Not 提示 alone: the summary counts 提示 findings of the checks, and these are not among them. */
const HINT_BADGE = '同比';

/**
 * 与上年相比变化较大: the year-on-year hints in the check list, apart from the checks. They are
 * not findings — not counted, not in 未发现错误或警告, not exported — only a prompt to look again;
 * each leads to its cell like a finding does.
 */
export function YearOnYearHints() {
  const hints = useYearOnYearHints();
  const navigate = useNavigate();
  if (hints.length === 0) return null;
  return (
    <details className="check-section year-hints" open>
      <summary className="check-section__summary">
        与上年相比变化较大（{hints.length} 条提示）
      </summary>
      <p className="year-hints__intro">{RULE}提示不是错误：请核对是否填对，情况属实则无需处理。</p>
      <ul className="finding-list" aria-label="与上年相比变化较大">
        {hints.map((h) => (
          <li key={h.cell} className="finding finding--info">
            <button
              type="button"
              className="finding__link"
              data-hint={h.cell}
              onClick={() => {
                navigate({ part: partKeyOf(h.table), focus: { kind: 'cell', id: h.cell } });
              }}
            >
              <span className="finding__badge finding__badge--info">
                <span aria-hidden="true" className="finding__mark">
                  {SEVERITY_MARK.info}
                </span>
                {HINT_BADGE}
              </span>
              <span className="finding__message">{h.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
