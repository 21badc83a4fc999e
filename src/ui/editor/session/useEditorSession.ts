import { useEffect, useState } from 'react';
import { EditorSession, type OpenResult } from './editorSession';
import type { PersistenceServices } from '../../services/services';

export type SessionState =
  { readonly kind: 'loading' } | { readonly kind: 'error'; readonly message: string } | OpenResult;

/**
 * Opens the draft `reportId` (load first, then autosave) and closes it — writing what is
 * pending — when the id changes or the editor unmounts. `attempt` reopens the same id.
 */
export function useEditorSession(
  services: PersistenceServices,
  reportId: string,
  attempt: number,
): SessionState {
  const key = `${reportId}#${String(attempt)}`;
  const [opened, setOpened] = useState<{
    readonly key: string;
    readonly state: SessionState;
  } | null>(null);
  useEffect(() => {
    let active = true;
    let session: EditorSession | null = null;
    EditorSession.open(services, reportId)
      .then((result) => {
        if (result.kind === 'ready') session = result.session;
        if (active) setOpened({ key, state: result });
        else void session?.close();
      })
      .catch(() => {
        if (active)
          setOpened({ key, state: { kind: 'error', message: '无法打开浏览器存储中的报告。' } });
      });
    return () => {
      active = false;
      void session?.close();
    };
  }, [services, reportId, key]);
  // Until the current key has loaded, show loading (never the previous draft).
  return opened?.key === key ? opened.state : { kind: 'loading' };
}
