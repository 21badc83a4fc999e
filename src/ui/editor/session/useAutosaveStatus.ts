import { useCallback, useSyncExternalStore } from 'react';
import type { Autosave, SaveStatus } from '../../../storage/autosave';

/** The autosave status; re-renders when it changes. */
export function useAutosaveStatus(autosave: Autosave): SaveStatus {
  const subscribe = useCallback((l: () => void) => autosave.subscribe(l), [autosave]);
  return useSyncExternalStore(subscribe, () => autosave.status);
}
