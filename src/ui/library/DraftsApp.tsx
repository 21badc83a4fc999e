import { useCallback, useEffect, useState } from 'react';
import { requestPersistence } from '../../storage/health';
import { PersistenceContext } from '../persistence/context';
import { DraftEditor } from '../persistence/DraftEditor';
import { createPersistenceServices, type PersistenceServices } from '../persistence/services';
import { VersionChangeBanner } from '../persistence/VersionChangeBanner';
import { LibraryScreen } from './LibraryScreen';
import { NewDraftRoute } from './NewDraftRoute';
import { useRoute } from './routes';
import '../persistence/persistence.css';

/**
 * The app with its drafts: the library at `#/`, a stored draft in the editor at
 * `#/report/<id>` (so a reload reopens the same draft); `#/new` creates a blank draft. On start it purges 回收站 items older
 * than 30 days and asks the browser to keep the data (persistent storage).
 */
export function DraftsApp({ services: given }: { readonly services?: PersistenceServices }) {
  const [services] = useState(() => given ?? createPersistenceServices());
  const [route, navigate] = useRoute();
  const openCreated = useCallback(
    (id: string) => {
      navigate({ kind: 'report', id }, true);
    },
    [navigate],
  );
  useEffect(() => {
    services.reports.purgeBin().catch(() => undefined);
    void requestPersistence();
  }, [services]);
  return (
    <PersistenceContext.Provider value={services}>
      <VersionChangeBanner />
      {route.kind === 'new' ? <NewDraftRoute onCreated={openCreated} /> : null}
      {route.kind === 'report' ? (
        <DraftEditor
          reportId={route.id}
          onBack={() => {
            navigate({ kind: 'library' });
          }}
          onOpen={(id) => {
            navigate({ kind: 'report', id });
          }}
        />
      ) : null}
      {route.kind === 'library' ? (
        <LibraryScreen
          onOpen={(id) => {
            navigate({ kind: 'report', id });
          }}
        />
      ) : null}
    </PersistenceContext.Provider>
  );
}
