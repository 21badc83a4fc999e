import { parseCellId } from '../../report/cells';
import type { ReviewProblem } from './engine';

/**
 * 导入中的问题, in the import dialog's problem-list style. A problem about a table cell leads to
 * that cell in the review tables.
 */
export function ReviewProblems({
  problems,
  onLocate,
}: {
  readonly problems: readonly ReviewProblem[];
  readonly onLocate: (cell: string) => void;
}) {
  if (problems.length === 0) return <p className="hint">未发现问题。</p>;
  return (
    <ol className="import-problems" aria-label="导入中的问题">
      {problems.map((p, i) => {
        const cell = p.cell !== undefined && parseCellId(p.cell) !== null ? p.cell : null;
        return (
          <li key={i} className={`import-problems__item import-problems__item--${p.severity}`}>
            <span className="import-problems__severity">{p.severityText}</span>
            <span className="import-problems__message">{p.message}</span>
            {cell === null ? null : (
              <button
                type="button"
                className="button button--quiet button--small import-review__locate"
                aria-label={`在表格中查看：${p.message}`}
                onClick={() => {
                  onLocate(cell);
                }}
              >
                查看
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
