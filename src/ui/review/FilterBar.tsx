import type { UnitFilters } from './unitRows';

/** Toggle buttons (aria-pressed) and a search box over the unit table. */
export function FilterBar({
  filters,
  years,
  onChange,
}: {
  readonly filters: UnitFilters;
  /** The years present, newest first. */
  readonly years: readonly number[];
  readonly onChange: (next: UnitFilters) => void;
}) {
  const toggle = (label: string, pressed: boolean, next: () => void) => (
    <button type="button" className="button button--small" aria-pressed={pressed} onClick={next}>
      {label}
    </button>
  );
  return (
    <div className="review-filters" role="group" aria-label="筛选单位">
      <label className="review-filters__label">
        年度
        <select
          className="input input--small review-filters__year"
          value={filters.year === null ? '' : String(filters.year)}
          onChange={(e) => {
            onChange({ ...filters, year: e.target.value === '' ? null : Number(e.target.value) });
          }}
        >
          <option value="">全部年度</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}年
            </option>
          ))}
        </select>
      </label>
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
