import type { DraftSummary } from '../../storage/draftCatalog';

/** Lines per page of the library (about a screenful): a page renders and paints quickly whatever the number of reports. */
export const PAGE_SIZE = 25;

export interface PageView {
  readonly lines: readonly DraftSummary[];
  /** 0-based, clamped to the last page. */
  readonly page: number;
  readonly pages: number;
  readonly total: number;
}

/** The lines of page `page` (clamped: a page past the end shows the last one). */
export function pageOf(lines: readonly DraftSummary[], page: number): PageView {
  const pages = Math.max(1, Math.ceil(lines.length / PAGE_SIZE));
  const current = Math.min(Math.max(0, page), pages - 1);
  return {
    lines: lines.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE),
    page: current,
    pages,
    total: lines.length,
  };
}

/** 上一页 / 下一页 under the library's list; nothing when everything fits on one page. */
export function DraftPager({
  view,
  onPage,
}: {
  readonly view: PageView;
  readonly onPage: (page: number) => void;
}) {
  if (view.pages <= 1) return null;
  const first = view.page * PAGE_SIZE + 1;
  const last = first + view.lines.length - 1;
  return (
    <nav className="draft-pager" aria-label="报告列表分页">
      <button
        type="button"
        className="button button--small"
        disabled={view.page === 0}
        onClick={() => {
          onPage(view.page - 1);
        }}
      >
        上一页
      </button>
      <span role="status">
        第 {first}–{last} 份，共 {view.total} 份（第 {view.page + 1} / {view.pages} 页）
      </span>
      <button
        type="button"
        className="button button--small"
        disabled={view.page >= view.pages - 1}
        onClick={() => {
          onPage(view.page + 1);
        }}
      >
        下一页
      </button>
    </nav>
  );
}
