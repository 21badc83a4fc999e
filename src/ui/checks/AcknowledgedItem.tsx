import { findingKey, isAcknowledged } from '../../report/checks';
import { useReportStore } from '../state/hooks';
import { FindingLink } from './FindingLink';
import { focusLater } from './focusLater';
import type { AcknowledgedFinding } from './groupFindings';

/** An accepted warning: its reason, and 取消确认 to put it back in the list. */
export function AcknowledgedItem({ entry }: { readonly entry: AcknowledgedFinding }) {
  const store = useReportStore();
  const { finding, acknowledgement } = entry;
  return (
    <li className="finding finding--acknowledged">
      <FindingLink finding={finding} listing="acknowledged" />
      <p className="finding__note">
        <span className="finding__note-label">确认理由：</span>
        {acknowledgement.note}
      </p>
      <button
        type="button"
        className="finding__action"
        data-unacknowledge={findingKey(finding)}
        onClick={() => {
          store.update(
            (doc) => ({
              ...doc,
              acknowledged: doc.acknowledged.filter(
                (a) => !isAcknowledged(finding, { acknowledged: [a] }),
              ),
            }),
            { kind: 'acknowledge', label: '取消确认警告' },
          );
          focusLater(`[data-finding="${findingKey(finding)}"]`);
        }}
      >
        取消确认
      </button>
    </li>
  );
}
