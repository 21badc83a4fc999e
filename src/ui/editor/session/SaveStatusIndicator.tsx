import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Autosave } from '../../../storage/autosave';
import { saveStatusText } from './saveStatusText';
import { SettledSaveStatus } from './settledSaveStatus';
import { useAutosaveStatus } from './useAutosaveStatus';

/**
 * The save state in the editor's header. `data-save-state` carries the status kind for the
 * browser tests and the crash test, at once; the text is for people, and turns to 已保存 once
 * typing pauses (see SettledSaveStatus).
 */
export function SaveStatusIndicator({ autosave }: { readonly autosave: Autosave }) {
  const status = useAutosaveStatus(autosave);
  const settled = useMemo(() => new SettledSaveStatus(autosave), [autosave]);
  const subscribe = useCallback((l: () => void) => settled.subscribe(l), [settled]);
  const shown = useSyncExternalStore(subscribe, () => settled.shown);
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
      {saveStatusText(shown)}
    </span>
  );
}
