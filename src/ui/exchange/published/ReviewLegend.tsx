import type { LocatedCell } from '../../../io/import/types';
import { STATUS_TEXT, statusCounts } from './reviewModel';

/** The colours and marks of the review tables, with how many cells each status has. */
export function ReviewLegend({ cells }: { readonly cells: readonly LocatedCell[] }) {
  const counts = statusCounts(cells);
  return (
    <ul className="import-review__legend" aria-label="单元格状态">
      <li className="import-review__key import-review__key--read">
        <span className="import-review__swatch" aria-hidden="true" />
        {STATUS_TEXT.read} <strong>{counts.read}</strong>
      </li>
      <li className="import-review__key import-review__key--inferred">
        <span className="import-review__swatch" aria-hidden="true">
          ?
        </span>
        {STATUS_TEXT.inferred}（请核对） <strong>{counts.inferred}</strong>
      </li>
      <li className="import-review__key import-review__key--notFound">
        <span className="import-review__swatch" aria-hidden="true">
          ∅
        </span>
        {STATUS_TEXT.notFound}（已留空） <strong>{counts.notFound}</strong>
      </li>
      <li className="import-review__key import-review__key--computed">
        <span className="import-review__swatch" aria-hidden="true" />
        自动计算
      </li>
    </ul>
  );
}
