import type { DraftSummary } from '../../storage/draftCatalog';
import { formatDateTime } from '../common/formatTime';

export interface DraftActions {
  readonly open: (line: DraftSummary) => void;
  readonly duplicate: (line: DraftSummary) => void;
  readonly rename: (line: DraftSummary) => void;
  readonly remove: (line: DraftSummary) => void;
  readonly restore: (line: DraftSummary) => void;
  readonly purge: (line: DraftSummary) => void;
}

function CheckCounts({ line }: { readonly line: DraftSummary }) {
  if (!line.readable) return <span className="draft-table__damaged">数据已损坏</span>;
  if (line.errors === null || line.warnings === null) return <span className="hint">检查中……</span>;
  if (line.errors === 0 && line.warnings === 0)
    return <span className="draft-table__ok">未发现错误和警告</span>;
  return (
    <span>
      <span className={line.errors > 0 ? 'draft-table__errors' : undefined}>
        错误 {line.errors}
      </span>
      {' · '}
      <span className={line.warnings > 0 ? 'draft-table__warnings' : undefined}>
        警告 {line.warnings}
      </span>
    </span>
  );
}

/** The library's list: one row per report, with its actions. */
export function DraftTable({
  lines,
  inBin,
  actions,
}: {
  readonly lines: readonly DraftSummary[];
  readonly inBin: boolean;
  readonly actions: DraftActions;
}) {
  return (
    <table className="draft-table">
      <thead>
        <tr>
          <th scope="col">报告</th>
          <th scope="col">年度</th>
          <th scope="col">版本</th>
          <th scope="col">{inBin ? '删除时间' : '最后修改'}</th>
          <th scope="col">检查结果</th>
          <th scope="col">操作</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.id} data-report-id={line.id}>
            <th scope="row" className="draft-table__title">
              {inBin ? (
                line.title
              ) : (
                <button
                  type="button"
                  className="draft-table__open"
                  onClick={() => {
                    actions.open(line);
                  }}
                >
                  {line.title}
                </button>
              )}
              {line.flagged && line.readable ? (
                <span className="draft-table__flag">（存储数据有问题，打开时会列出）</span>
              ) : null}
            </th>
            <td>{line.year === null ? '—' : `${String(line.year)}年`}</td>
            <td>{line.format === null ? '—' : `${line.format} 版`}</td>
            <td>
              {formatDateTime(inBin && line.deletedAt !== null ? line.deletedAt : line.updatedAt)}
            </td>
            <td>
              <CheckCounts line={line} />
            </td>
            <td className="draft-table__actions">
              {inBin ? (
                <>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`恢复 ${line.title}`}
                    onClick={() => {
                      actions.restore(line);
                    }}
                  >
                    恢复
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`永久删除 ${line.title}`}
                    onClick={() => {
                      actions.purge(line);
                    }}
                  >
                    永久删除
                  </button>
                </>
              ) : (
                <>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`打开 ${line.title}`}
                    onClick={() => {
                      actions.open(line);
                    }}
                  >
                    打开
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`复制 ${line.title}`}
                    disabled={!line.readable}
                    onClick={() => {
                      actions.duplicate(line);
                    }}
                  >
                    复制
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`改名 ${line.title}`}
                    disabled={!line.readable}
                    onClick={() => {
                      actions.rename(line);
                    }}
                  >
                    改名
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`删除 ${line.title}`}
                    onClick={() => {
                      actions.remove(line);
                    }}
                  >
                    删除
                  </button>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
