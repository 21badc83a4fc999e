import type { UnitFilters } from './unitRows';

/** Toggle buttons (aria-pressed) and a search box over the unit table. */
export function FilterBar({
  filters,
  onChange,
}: {
  readonly filters: UnitFilters;
  readonly onChange: (next: UnitFilters) => void;
}) {
  const toggle = (label: string, pressed: boolean, next: () => void) => (
    <button type="button" className="button button--small" aria-pressed={pressed} onClick={next}>
      {label}
    </button>
  );
  return (
    <div className="review-filters" role="group" aria-label="筛选单位">
      {toggle('有错误', filters.errors === 'with', () => {
        onChange({ ...filters, errors: filters.errors === 'with' ? 'all' : 'with' });
      })}
      {toggle('无错误', filters.errors === 'without', () => {
        onChange({ ...filters, errors: filters.errors === 'without' ? 'all' : 'without' });
      })}
      {toggle('逾期', filters.late, () => {
        onChange({ ...filters, late: !filters.late });
      })}
      {toggle('同比变化超过50%', filters.changed, () => {
        onChange({ ...filters, changed: !filters.changed });
      })}
      <input
        type="search"
        className="input input--small review-filters__search"
        placeholder="搜索机关名称或文件名"
        aria-label="搜索机关名称或文件名"
        value={filters.search}
        onChange={(e) => {
          onChange({ ...filters, search: e.target.value });
        }}
      />
    </div>
  );
}
