import { lazy, Suspense, useState } from 'react';
import { acknowledgementCell, findingKey } from '../../report/checks';
import type { Finding } from '../../report/checks/types';
import { useReportStore } from '../state/hooks';
import { FindingLink } from './FindingLink';
import { focusLater } from './focusLater';

/** The reason form of 确认无误 loads when it is opened. */
const AcknowledgeForm = lazy(() =>
  import('./AcknowledgeForm').then((m) => ({ default: m.AcknowledgeForm })),
);

/** A failing check; a warning can be accepted with a reason (errors cannot). */
export function FindingItem({ finding }: { readonly finding: Finding }) {
  const store = useReportStore();
  const [acknowledging, setAcknowledging] = useState(false);
  const canAcknowledge = finding.severity === 'warning';
  return (
    <li className={`finding finding--${finding.severity}`}>
      <FindingLink finding={finding} listing="issue" />
      {canAcknowledge && !acknowledging ? (
        <button
          type="button"
          className="finding__action"
          onClick={() => {
            setAcknowledging(true);
          }}
        >
          确认无误…
        </button>
      ) : null}
      {acknowledging ? (
        <Suspense fallback={null}>
          <AcknowledgeForm
            onCancel={() => {
              setAcknowledging(false);
              focusLater(`[data-finding="${findingKey(finding)}"]`);
            }}
            onSave={(note) => {
              store.update(
                (doc) => ({
                  ...doc,
                  acknowledged: [
                    ...doc.acknowledged,
                    { check: finding.check, cell: acknowledgementCell(finding), note },
                  ],
                }),
                { kind: 'acknowledge', label: '确认警告' },
              );
              focusLater(`[data-unacknowledge="${findingKey(finding)}"]`);
            }}
          />
        </Suspense>
      ) : null}
    </li>
  );
}
