import type { Finding } from '../../report/checks/types';
import { useNavigate } from '../state/navigation';
import { FindingLink } from './FindingLink';
import type { FindingSummary, PartFindings } from './groupFindings';
import { targetOfFinding } from './targetOfFinding';

/** One compact line per table: how many input cells are blank; it leads to the first one. */
function BlankCellsLine({ finding }: { readonly finding: Finding }) {
  const navigate = useNavigate();
  return (
    <li className="blank-line">
      <button
        type="button"
        className="blank-line__link"
        onClick={() => {
          navigate(targetOfFinding(finding));
        }}
      >
        <span aria-hidden="true" className="blank-line__mark">
          ○
        </span>
        {finding.message}
      </button>
    </li>
  );
}

/**
 * 待填写: relations that cannot be judged while cells are blank, and blank-cell counts. Not a
 * failure, so it is listed apart, under the failures.
 */
export function PendingList({
  parts,
  counts,
}: {
  readonly parts: readonly PartFindings[];
  readonly counts: FindingSummary['counts'];
}) {
  return (
    <details className="check-section" open>
      <summary className="check-section__summary">
        待填写（{counts.pending} 项检查 · {counts.blankCells} 个空白单元格）
      </summary>
      {parts.map((p) => (
        <section
          key={p.part}
          className="check-group check-group--pending"
          aria-label={`${p.heading} 待填写`}
        >
          <h3 className="check-group__title check-group__title--plain">{p.heading}</h3>
          <ul className="finding-list">
            {p.blankCells.map((f) => (
              <BlankCellsLine key={f.part} finding={f} />
            ))}
            {p.pending.map((f, i) => (
              <li
                key={`${f.check}@${f.cells.join(',')}#${String(i)}`}
                className="finding finding--pending"
              >
                <FindingLink finding={f} listing="pending" />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
