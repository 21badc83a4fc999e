import { findingKey } from '../../report/checks';
import type { Finding } from '../../report/checks/types';
import { useNavigate } from '../state/navigation';
import { SEVERITY_LABEL, SEVERITY_MARK } from '../common/severityText';
import { targetOfFinding } from './targetOfFinding';

/** How the finding is listed: as a failure (its severity), as 待填写, or as 已确认. */
export type FindingListing = 'issue' | 'pending' | 'acknowledged';

const LISTING_BADGE: Readonly<
  Record<Exclude<FindingListing, 'issue'>, { label: string; mark: string }>
> = {
  pending: { label: '待填写', mark: '…' },
  acknowledged: { label: '已确认', mark: '✓' },
};

/** The message of a finding as a button that leads to its cell or text. */
export function FindingLink({
  finding,
  listing,
}: {
  readonly finding: Finding;
  readonly listing: FindingListing;
}) {
  const navigate = useNavigate();
  const badge =
    listing === 'issue'
      ? { label: SEVERITY_LABEL[finding.severity], mark: SEVERITY_MARK[finding.severity] }
      : LISTING_BADGE[listing];
  const tone = listing === 'issue' ? finding.severity : listing;
  return (
    <button
      type="button"
      className="finding__link"
      data-finding={listing === 'issue' ? findingKey(finding) : undefined}
      onClick={() => {
        navigate(targetOfFinding(finding));
      }}
    >
      <span className={`finding__badge finding__badge--${tone}`}>
        <span aria-hidden="true" className="finding__mark">
          {badge.mark}
        </span>
        {badge.label}
      </span>
      <span className="finding__message">{finding.message}</span>
    </button>
  );
}
