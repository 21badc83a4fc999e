import type { ReviewProblem } from './engine';

/**
 * 导入中的问题, in the import dialog's problem-list style. A problem about a cell, row, table or
 * narrative part leads to it in the review.
 */
export function ReviewProblems({
  problems,
  onLocate,
}: {
  readonly problems: readonly ReviewProblem[];
  /** Called with the problem's place: a cell id, `table.row`, a table id or `sections.key`. */
  readonly onLocate: (place: string) => void;
}) {
  // The summary above the list already says 未发现问题。
  if (problems.length === 0) return null;
  return (
    <ol className="import-problems" aria-label="导入中的问题">
      {problems.map((p, i) => {
        const cell = p.cell ?? null;
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
