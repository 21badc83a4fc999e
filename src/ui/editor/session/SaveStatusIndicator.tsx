import type { Autosave } from '../../../storage/autosave';
import { saveStatusText } from './saveStatusText';
import { useAutosaveStatus } from './useAutosaveStatus';

/**
 * The save state in the editor's header. `data-save-state` carries the status kind for the
 * browser tests and the crash test (text is for people).
 */
export function SaveStatusIndicator({ autosave }: { readonly autosave: Autosave }) {
  const status = useAutosaveStatus(autosave);
  const trouble =
    status.kind === 'failed' || status.kind === 'conflict' || status.kind === 'binned';
  return (
    <span
      className={trouble ? 'save-status save-status--trouble' : 'save-status'}
      role="status"
      aria-live="polite"
      data-save-state={status.kind}
      data-testid="save-status"
    >
      {saveStatusText(status)}
    </span>
  );
}
